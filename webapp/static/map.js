// The offline world map: Natural Earth countries (world-atlas TopoJSON, served by the app)
// drawn by Leaflet with no tile layer; cities as circle markers on a canvas, twinning links
// and paths as lines. Sets data-stable="1" on #map once everything is drawn.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var source = document.getElementById("map-data");
  if (!box || !source || !window.L) return;
  var data = JSON.parse(source.textContent);
  var map = L.map(box, {
    preferCanvas: true, worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.25,
    attributionControl: true, keyboard: true
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · Leaflet");
  map.setView([20, 0], 2);
  var base = box.getAttribute("data-entity-base");
  var COLOURS = { centre: "#c0392b", twin: "#1f77b4", suggestion: "#e67e22", path: "#1f77b4" };

  function has(c) { return c && typeof c.lat === "number" && typeof c.lon === "number"; }
  function link(c) {
    var a = document.createElement("a");
    a.href = base + encodeURIComponent(c.id).replace(/%3A/g, ":");
    a.textContent = c.label || c.name;
    return a;
  }
  function popup(c, extra) {
    var div = document.createElement("div");
    div.appendChild(link(c));
    if (extra) { div.appendChild(document.createElement("br")); div.appendChild(document.createTextNode(extra)); }
    return div;
  }
  function marker(c, role, extra, named) {
    var m = L.circleMarker([c.lat, c.lon], {
      radius: role === "centre" ? 8 : named ? 6 : 5, color: "#fff", weight: 1, fillColor: COLOURS[role], fillOpacity: 0.9
    });
    /* the cities of a path and the centre carry their names; the others show them on hover */
    m.bindTooltip(c.label || c.name, named ? { permanent: true, direction: "right", className: "map-name" } : {});
    m.bindPopup(function () { return popup(c, extra); });
    return m;
  }

  var layers = [];
  var bounds = [];
  if (data.mode === "city" && has(data.city)) {
    var centre = data.city;
    var lines = [];
    data.twins.filter(has).forEach(function (c) {
      lines.push([[centre.lat, centre.lon], [c.lat, c.lon]]);
      layers.push(marker(c, "twin", box.getAttribute("data-twin-label")));
      bounds.push([c.lat, c.lon]);
    });
    if (lines.length) layers.unshift(L.polyline(lines, { color: COLOURS.twin, weight: 1.5, opacity: 0.6 }));
    data.suggestions.filter(has).forEach(function (c) {
      layers.push(L.polyline([[centre.lat, centre.lon], [c.lat, c.lon]],
        { color: COLOURS.suggestion, weight: 1.5, opacity: 0.7, dashArray: "4 4" }));
      layers.push(marker(c, "suggestion", box.getAttribute("data-suggestion-label") + " · " +
        box.getAttribute("data-score-label") + " " + c.score + ((c.reasons || []).length ? " · " + c.reasons.join("; ") : "")));
      bounds.push([c.lat, c.lon]);
    });
    layers.push(marker(centre, "centre", null, true));
    bounds.push([centre.lat, centre.lon]);
  } else if (data.mode === "path") {
    var stops = data.cities.filter(has);
    if (stops.length > 1) {
      layers.push(L.polyline(stops.map(function (c) { return [c.lat, c.lon]; }), { color: COLOURS.path, weight: 3 }));
    }
    stops.forEach(function (c, i) {
      layers.push(marker(c, i === 0 || i === stops.length - 1 ? "centre" : "twin", String(i + 1), true));
      bounds.push([c.lat, c.lon]);
    });
  }

  function finish() {
    layers.forEach(function (layer) { layer.addTo(map); });
    if (bounds.length > 1) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 });
    else if (bounds.length === 1) map.setView(bounds[0], 5);
    box.setAttribute("data-markers", String(bounds.length));
    window.requestAnimationFrame(function () {
      box.setAttribute("data-stable-at", String(Math.round(performance.now())));  /* since navigation start */
      box.setAttribute("data-stable", "1");
    });
  }

  fetch(box.getAttribute("data-countries"))
    .then(function (r) { return r.json(); })
    .then(function (world) {
      var countries = topojson.feature(world, world.objects.countries);
      L.geoJSON(countries, {
        style: { color: "#9aa5b1", weight: 0.6, fillColor: "#eef1f4", fillOpacity: 1 },
        interactive: false
      }).addTo(map);
    })
    .catch(function () { box.setAttribute("data-basemap", "missing"); })
    .then(finish);
  window.munigraphMap = map;
})();
