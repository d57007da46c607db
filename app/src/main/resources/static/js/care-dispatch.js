/*
 * The dispatch board's map: open requests at their elders' compounds (emergencies red and larger), the care stations
 * as squares. Positions only; names and services are the masked board's.
 */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.querySelector('[data-dispatch-map]');
    if (!el || !window.L || !window.LifeCircleMap) return;
    var base = LifeCircleMap.baseMap(el);
    var bounds = [];
    JSON.parse(el.dataset.stations || '[]').forEach(function (s) {
      var at = base.latLng(s.lon, s.lat);
      bounds.push(at);
      L.marker(at, { title: s.label }).bindTooltip(s.label).addTo(base.map);
    });
    JSON.parse(el.dataset.requests || '[]').forEach(function (r) {
      var at = base.latLng(r.lon, r.lat);
      bounds.push(at);
      L.circleMarker(at, { radius: r.emergency ? 10 : 6, color: r.emergency ? '#c92a2a' : '#1971c2', fillOpacity: 0.8 })
        .bindTooltip(r.label)
        .on('click', function () { window.location.href = window.location.pathname.replace(/\/?$/, '') + '/requests/' + r.id; })
        .addTo(base.map);
    });
    if (bounds.length) base.map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
  });
})();
