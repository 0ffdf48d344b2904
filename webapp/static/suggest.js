/* munigraph: entity fields suggest names as you type, from the explorer's own search
   (/search?format=json). Any input with data-suggest="Kind,Kind" and a list= datalist. */
(function () {
  "use strict";
  var searchUrl = document.querySelector("form[role=search]");
  var base = searchUrl ? searchUrl.getAttribute("action") : "/search";

  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  function attach(input) {
    var list = document.getElementById(input.getAttribute("list") || "");
    if (!list) {
      list = document.createElement("datalist");
      list.id = "l-" + input.id;
      input.setAttribute("list", list.id);
      input.parentNode.insertBefore(list, input.nextSibling);
    }
    var kinds = (input.getAttribute("data-suggest") || "").split(",").filter(Boolean);
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2 || text === asked) { return; }
      timer = window.setTimeout(function () { ask(text); }, 120);
    });
    function ask(text) {
      asked = text;
      var url = base + "?format=json&q=" + encodeURIComponent(text) + (kinds.length === 1 ? "&kind=" + encodeURIComponent(kinds[0]) : "");
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          if (input.value.trim() !== text) { return; }
          list.textContent = "";
          var seen = {};
          (data.results || []).filter(function (r) { return !kinds.length || kinds.indexOf(r.kind) >= 0; })
            .slice(0, 12).forEach(function (r) {
              var value = r.label || r.name;
              if (seen[value]) { value = r.id; }  /* homonyms: the id picks the right one */
              seen[value] = true;
              var option = document.createElement("option");
              option.value = value;
              /* the name that matched, when it is not the label itself (an alias, a near spelling) */
              var other = r.matched && fold(r.matched) !== fold(r.label || r.name);
              option.textContent = (r.kind_label || r.kind) + (other ? " · " + r.matched : "");
              list.appendChild(option);
            });
          input.setAttribute("data-suggested", String(list.children.length));
        })
        .catch(function () { /* suggestions are a help; the form works without them */ });
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), attach);
})();
