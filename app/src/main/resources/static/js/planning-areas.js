/*
 * Service areas: each center's area (the streets nearest to it by walking) in its own colour, the
 * compounds in their center's colour, from /api/v1/planning/service-areas. Texts from data attributes.
 */
(function () {
  'use strict';

  var PALETTE = ['#1971c2', '#e8590c', '#2b8a3e', '#ae3ec9', '#c92a2a', '#0b7285', '#5c940d', '#d6336c',
                 '#364fc7', '#e67700', '#087f5b', '#862e9c'];

  function init(el) {
    var cfg = el.dataset;
    var base = window.LifeCircleMap.baseMap(el), map = base.map;
    var areas = L.layerGroup().addTo(map), compounds = L.layerGroup().addTo(map), centers = L.layerGroup().addTo(map);
    var overlays = {};
    overlays[cfg.labelStreets] = window.LifeCircleMap.streetLayer(map, cfg, base.shift);
    overlays[cfg.labelAreas] = areas;
    overlays[cfg.labelCompounds] = compounds;
    overlays[cfg.labelCenters] = centers;
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);

    fetch(cfg.source, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (report) {
      var bounds = [];
      function colour(index) { return PALETTE[index % PALETTE.length]; }
      report.areas.features.forEach(function (f) {
        L.geoJSON(f, { coordsToLatLng: function (c) { return L.latLng(base.latLng(c[0], c[1])); },
          style: { color: colour(f.properties.index), weight: 1, fillOpacity: 0.18 } }).addTo(areas);
      });
      report.compounds.forEach(function (c) {
        var ll = base.latLng(c.lon, c.lat);
        bounds.push(ll);
        L.circleMarker(ll, { radius: Math.max(4, Math.sqrt(c.population) / 6), color: '#1f2933', weight: 1,
          fillColor: c.centerIndex === null ? '#868e96' : colour(c.centerIndex), fillOpacity: 0.9 })
          .bindPopup(c.name + ' · ' + Math.round(c.population) + ' ' + cfg.labelResidents + ' · '
            + (c.minutes === null ? cfg.labelUnreachable : c.minutes.toFixed(1) + ' ' + cfg.labelMinutes))
          .addTo(compounds);
      });
      report.centers.forEach(function (c, i) {
        L.circleMarker(base.latLng(c.lon, c.lat), { radius: 10, color: '#1f2933', weight: 2, fillColor: colour(i), fillOpacity: 1 })
          .bindPopup(c.name + ' · ' + Math.round(c.residents) + ' ' + cfg.labelResidents).addTo(centers);
      });
      if (bounds.length) map.fitBounds(bounds, { padding: [30, 30] });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-areas-map]').forEach(init);
  });
})();
