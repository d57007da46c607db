/*
 * The atlas map: the registry's own points drawn with Leaflet (base map and streets: map-base.js).
 * Config comes from data attributes on the map element, so the page needs no inline script.
 */
(function () {
  'use strict';

  var PATHS = { compound: 'compounds', center: 'centers', facility: 'facilities' };

  function init(el) {
    var cfg = el.dataset;
    var base = window.LifeCircleMap.baseMap(el), map = base.map, shift = base.shift;
    var layers = {
      compound: L.layerGroup().addTo(map),
      center: L.layerGroup().addTo(map),
      facility: L.layerGroup().addTo(map)
    };
    var overlays = {};
    overlays[cfg.labelStreets] = window.LifeCircleMap.streetLayer(map, cfg, shift);
    overlays[cfg.labelCompounds] = layers.compound;
    overlays[cfg.labelCenters] = layers.center;
    overlays[cfg.labelFacilities] = layers.facility;
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);

    fetch(cfg.source).then(function (r) { return r.json(); }).then(function (data) {
      var bounds = [];
      data.features.forEach(function (f) {
        var p = f.properties, xy = shift(f.geometry.coordinates[0], f.geometry.coordinates[1]);
        var latLng = [xy[1], xy[0]], marker;
        if (p.kind === 'compound') {
          marker = L.circleMarker(latLng, { radius: Math.max(4, Math.sqrt((p.population || 0)) / 6),
            color: '#0b7a75', weight: 1, fillOpacity: 0.35 });
        } else if (p.kind === 'center') {
          marker = window.LifeCircleMap.centerMarker(latLng, p.tier);
        } else {
          marker = window.LifeCircleMap.facilityMarker(latLng, p.group);
        }
        var link = document.createElement('a');
        link.href = cfg.base + '/' + PATHS[p.kind] + '/' + p.id;
        link.textContent = p.name;
        marker.bindPopup(link);
        marker.addTo(layers[p.kind]);
        bounds.push(latLng);
      });
      if (bounds.length) map.fitBounds(bounds, { padding: [20, 20] });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-atlas-map]').forEach(init);
  });
})();
