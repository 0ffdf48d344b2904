/* munigraph: draws a neighbourhood or a path with vis-network (served by the app itself).
   The data comes from the page's JSON twin; tooltips arrive as HTML already escaped by the server. */
(function () {
  "use strict";
  var container = document.getElementById("network");
  if (!container || typeof vis === "undefined") { return; }
  var status = document.getElementById("net-status");
  var selection = document.getElementById("selection");
  var labels = container.dataset;
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var network = null;
  var clickTimer = null;

  function say(text) { if (status) { status.textContent = text; } }

  function tooltip(html) {
    var div = document.createElement("div");
    div.innerHTML = html;  /* every value in it was escaped on the server */
    return div;
  }

  function prepare(list) {
    return list.map(function (item) {
      var copy = {};
      /* a null option (pyvis writes "hidden": null) would hide the item: leave it to vis's default */
      Object.keys(item).forEach(function (key) { if (item[key] !== null) { copy[key] = item[key]; } });
      if (typeof copy.title === "string") { copy.title = tooltip(copy.title); }
      return copy;
    });
  }

  var MORE = "more:";  /* prefix of the "+n more" stand-ins hung on capped hubs */

  function real(item) { return String(item.id).indexOf(MORE) !== 0; }

  var choice = document.getElementById("node-choice");

  /* Keyboard users pick a node from a list; the panel then offers open, expand and more. */
  function fillChoice() {
    if (!choice) { return; }
    var chosen = choice.value;
    choice.textContent = "";
    choice.appendChild(document.createElement("option"));
    nodes.get({ filter: real }).sort(function (a, b) { return a.name.localeCompare(b.name); }).forEach(function (n) {
      var option = document.createElement("option");
      option.value = n.id;
      option.textContent = n.name;
      choice.appendChild(option);
    });
    choice.value = chosen;
  }

  if (choice) {
    choice.addEventListener("change", function () {
      if (!choice.value) { return; }
      if (network) { network.selectNodes([choice.value]); network.focus(choice.value, { animation: false }); }
      showSelection(choice.value);
    });
  }

  /* The list under the picture follows it: the same nodes, in name order, after every change. */
  var list = document.querySelector("#node-list .columns-list");
  var listSummary = document.querySelector("#node-list summary");
  function fillList() {
    if (!list) { return; }
    var shown = nodes.get({ filter: function (n) { return real(n) && !n.hidden; } })
      .sort(function (a, b) { return a.name.localeCompare(b.name); });
    list.textContent = "";
    shown.forEach(function (n) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = n.url;
      a.textContent = n.name;
      li.appendChild(a);
      if (n.hidden_ties > 0) {
        var more = document.createElement("span");
        more.className = "muted";
        more.textContent = " (+" + n.hidden_ties + ")";
        li.appendChild(more);
      }
      list.appendChild(li);
    });
    if (listSummary) { listSummary.textContent = listSummary.textContent.replace(/\d[\d\s.,\u202f]*/, shown.length + " "); }
  }

  function publish() {
    container.dataset.nodes = String(nodes.get({ filter: real }).length);
    container.dataset.edges = String(edges.get({ filter: real }).length);
    applyFilters();
    fillChoice();
    fillList();
  }

  /* Filters by kind and by relationship type: hidden nodes take their ties with them. */
  function checked(id) {
    var on = {};
    Array.prototype.forEach.call(document.querySelectorAll("#" + id + " input"), function (box) { on[box.value] = box.checked; });
    return on;
  }
  function applyFilters() {
    var kinds = checked("kind-filter");
    var types = checked("type-filter");
    var nodeChanges = [];
    nodes.forEach(function (n) {
      var hub = n.hub ? nodes.get(n.hub) : null;
      var hide = kinds[(hub || n).kind] === false;
      if (Boolean(n.hidden) !== hide) { nodeChanges.push({ id: n.id, hidden: hide }); }
    });
    nodes.update(nodeChanges);
    var edgeChanges = [];
    edges.forEach(function (e) {
      var a = nodes.get(e.from), b = nodes.get(e.to);
      var hide = types[e.type] === false || !a || !b || Boolean(a.hidden) || Boolean(b.hidden);
      if (Boolean(e.hidden) !== hide) { edgeChanges.push({ id: e.id, hidden: hide }); }
    });
    edges.update(edgeChanges);
    container.dataset.visible = String(nodes.get({ filter: function (n) { return real(n) && !n.hidden; } }).length);
    container.dataset.visibleEdges = String(edges.get({ filter: function (e) { return real(e) && !e.hidden; } }).length);
  }
  Array.prototype.forEach.call(document.querySelectorAll(".filters input"), function (box) {
    box.addEventListener("change", function () { applyFilters(); fillList(); });
  });
  var fit = document.getElementById("fit");
  if (fit) { fit.addEventListener("click", function () { if (network) { network.fit({ animation: false }); } }); }

  /* Hovering a node lights up its ties and neighbours; the rest fades. */
  var highlight = document.getElementById("highlight");
  var faded = false;
  function fade(centre) {
    var near = {};
    near[centre] = true;
    network.getConnectedNodes(centre).forEach(function (id) { near[id] = true; });
    var mine = {};
    network.getConnectedEdges(centre).forEach(function (id) { mine[id] = true; });
    nodes.update(nodes.get().map(function (n) { return { id: n.id, opacity: near[n.id] ? 1 : 0.15 }; }));
    edges.update(edges.get().map(function (e) { return { id: e.id, width: mine[e.id] ? 2.5 : 1, color: mine[e.id] ? undefined : { opacity: 0.1 } }; }));
    faded = true;
    container.dataset.highlighted = centre;
  }
  function unfade() {
    if (!faded) { return; }
    nodes.update(nodes.get().map(function (n) { return { id: n.id, opacity: 1 }; }));
    edges.update(edges.get().map(function (e) { return { id: e.id, width: 1, color: e.id.indexOf(MORE) === 0 ? { color: "#8a9099" } : { inherit: "from", opacity: 1 } }; }));
    faded = false;
    delete container.dataset.highlighted;
  }

  /* Collapsing a node removes what expanding it brought (and what those brought in turn). */
  function collapse(id) {
    var gone = {};
    var changed = true;
    while (changed) {
      changed = false;
      nodes.forEach(function (n) {
        if (!gone[n.id] && n.id !== id && (n.parent === id || gone[n.parent] || n.hub === id || gone[n.hub])) {
          gone[n.id] = true;
          changed = true;
        }
      });
    }
    var ids = Object.keys(gone);
    edges.remove(edges.get({ filter: function (e) { return gone[e.from] || gone[e.to]; } }).map(function (e) { return e.id; }));
    nodes.remove(ids);
    var node = nodes.get(id);
    if (node && node.degree) { nodes.update({ id: id, hidden_ties: node.degree, label: node.name + " (+" + node.degree + ")" }); moreNode(nodes.get(id)); }
    publish();
    say("− " + ids.length);
  }

  /* A capped hub gets a "+n more" node: clicking it loads the next ties. */
  function moreNode(node) {
    var id = MORE + node.id;
    if (node.hidden_ties > 0) {
      var at = network ? network.getPositions([node.id])[node.id] : { x: node.x || 0, y: node.y || 0 };
      nodes.update({ id: id, label: "+" + node.hidden_ties + " …", title: labels.moreLabel, shape: "box",
        x: at.x + 70, y: at.y - 50,
        color: { background: "#ffffff", border: "#4f5660" }, font: { color: "#1b1f24" }, hub: node.id });
      edges.update({ id: id, from: node.id, to: id, dashes: true, color: { color: "#8a9099" }, arrows: "" });
    } else if (nodes.get(id)) {
      nodes.remove(id);
      edges.remove(id);
    }
  }

  /* The server lays a neighbourhood out around its centre at (0, 0): move new nodes next to the anchor. */
  function merge(data, anchor) {
    var fresh = prepare(data.nodes).filter(function (n) { return !nodes.get(n.id); });
    if (anchor && network) {
      var at = network.getPositions([anchor])[anchor];
      fresh.forEach(function (n) { n.x = (n.x || 0) + at.x; n.y = (n.y || 0) + at.y; });
    }
    var known = prepare(data.nodes).filter(function (n) { return nodes.get(n.id); });
    nodes.add(fresh);
    /* the expanded node comes back with its new degree and hidden count */
    known.forEach(function (n) {
      if (n.degree !== null && n.degree !== undefined) { nodes.update(n); }
    });
    edges.update(prepare(data.edges));
    data.nodes.forEach(function (n) { if (n.degree !== null && n.degree !== undefined) { moreNode(nodes.get(n.id)); } });
    publish();
    return fresh.length;
  }

  function settle() {
    container.dataset.stable = "0";
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(150);
  }

  function load(url, done) {
    say("…");
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status + " " + r.statusText); } return r.json(); })
      .then(done)
      .catch(function (err) { say(err.message); });
  }

  function expand(id, skip) {
    var node = nodes.get(id);
    if (!node) { return; }
    var url = node.expand + (skip ? "&skip=" + skip : "");
    load(url, function (data) {
      var added = merge(data, id);
      say(added + " +");
      showSelection(id);
      settle();
    });
  }

  function button(text, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", action);
    return b;
  }

  function showSelection(id) {
    if (!selection) { return; }
    var node = nodes.get(id);
    selection.textContent = "";
    if (!node) { return; }
    var title = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = node.name;
    title.appendChild(strong);
    title.appendChild(document.createTextNode(" (" + (node.kind_label || node.kind) + ")"));
    selection.appendChild(title);
    var open = document.createElement("a");
    open.href = node.url;
    open.className = "button";
    open.textContent = labels.openLabel;
    selection.appendChild(open);
    selection.appendChild(document.createTextNode(" "));
    selection.appendChild(button(labels.expandLabel, function () { expand(id, 0); }));
    if (labels.collapseLabel && nodes.get({ filter: function (n) { return n.parent === id; } }).length) {
      selection.appendChild(button(labels.collapseLabel, function () { collapse(id); }));
    }
    if (node.hidden_ties > 0) {
      var more = button(labels.moreLabel + " (+" + node.hidden_ties + ")", function () {
        expand(id, node.degree - node.hidden_ties);
      });
      more.className = "more";
      selection.appendChild(more);
    }
  }

  function draw(data) {
    merge(data);
    var options = Object.assign({}, data.options);
    network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
    container.dataset.stable = "0";
    var started = performance.now();
    network.on("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      container.dataset.stable = "1";
      container.dataset.stableMs = String(Math.round(performance.now() - started));
      container.dataset.stableAt = String(Math.round(performance.now()));  /* since navigation start */
      say(labels.statusLabel.replace("{nodes}", container.dataset.nodes).replace("{edges}", container.dataset.edges));
    });
    if (options.physics && options.physics.enabled === false) {  /* laid out by the server (a path) */
      network.once("afterDrawing", function () {
        container.dataset.stable = "1";
        container.dataset.stableMs = String(Math.round(performance.now() - started));
        container.dataset.stableAt = String(Math.round(performance.now()));
        say(labels.statusLabel.replace("{nodes}", container.dataset.nodes).replace("{edges}", container.dataset.edges));
      });
    }
    network.on("hoverNode", function (params) {
      if (highlight && highlight.checked && real({ id: params.node })) { fade(params.node); }
    });
    network.on("blurNode", unfade);
    network.on("stabilized", function () {
      network.setOptions({ physics: { enabled: false } });
      container.dataset.stable = "1";
    });
    network.on("click", function (params) {
      if (!params.nodes.length) { return; }
      var node = nodes.get(params.nodes[0]);
      if (node.hub) {  /* a "+n more" stand-in */
        var hub = nodes.get(node.hub);
        expand(hub.id, hub.degree - hub.hidden_ties);
        return;
      }
      showSelection(node.id);
      clearTimeout(clickTimer);
      /* wait a moment: a double-click expands instead of opening */
      clickTimer = setTimeout(function () { window.location.href = node.url; }, 350);
    });
    network.on("doubleClick", function (params) {
      clearTimeout(clickTimer);
      if (params.nodes.length && real({ id: params.nodes[0] })) { expand(params.nodes[0], 0); }
    });
    network.on("selectNode", function (params) {
      if (real({ id: params.nodes[0] })) { showSelection(params.nodes[0]); }
    });
    window.munigraphNetwork = network;  /* for the browser tests and benchmarks */
  }

  /* The page carries its network as a JSON data block (not a script: the CSP allows no inline code). */
  var embedded = document.getElementById("network-data");
  if (embedded) {
    draw(JSON.parse(embedded.textContent));
  } else {
    load(container.dataset.src, draw);
  }
})();
