/*
 * The portal's maps (base map from map-base.js):
 * - a community's map: its committee and its compounds (the compounds come from the page's compound list);
 * - the district map: every compound; a tap anywhere names the community of the nearest compound and links its portal.
 */
(function () {
  'use strict';

  function communityMap(el) {
    var base = window.LifeCircleMap.baseMap(el), map = base.map, bounds = [];
    var cfg = el.dataset;
    if (cfg.committeeLon && cfg.committeeLat) {
      var at = base.latLng(+cfg.committeeLon, +cfg.committeeLat);
      window.LifeCircleMap.centerMarker(at, 'STREET_10').bindTooltip(cfg.labelCommittee).addTo(map);
      bounds.push(at);
    }
    document.querySelectorAll('#nearby-compound option[data-lon]').forEach(function (o) {
      var latLng = base.latLng(+o.dataset.lon, +o.dataset.lat);
      L.circleMarker(latLng, { radius: 7, color: '#0b7a75', weight: 2, fillOpacity: 0.35 })
        .bindTooltip(o.textContent).on('click', function () {
          var select = document.getElementById('nearby-compound');
          select.value = o.value;
          select.dispatchEvent(new Event('change'));
          document.getElementById('nearby').scrollIntoView({ behavior: 'smooth' });
        }).addTo(map);
      bounds.push(latLng);
    });
    if (bounds.length > 1) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    else if (bounds.length === 1) map.setView(bounds[0], 16);
    window.LifeCirclePortalMap = map;
  }

  function districtMap(el) {
    var base = window.LifeCircleMap.baseMap(el), map = base.map, cfg = el.dataset;
    var picked = document.getElementById('district-picked'), marker = null;
    fetch(cfg.compounds).then(function (r) { return r.json(); }).then(function (points) {
      var bounds = [];
      points.forEach(function (p) {
        var latLng = base.latLng(p.lon, p.lat);
        L.circleMarker(latLng, { radius: 5, color: '#0b7a75', weight: 1, fillOpacity: 0.4 })
          .bindTooltip(p.compound + ' · ' + p.community).addTo(map);
        bounds.push(latLng);
      });
      if (bounds.length) map.fitBounds(bounds, { padding: [20, 20] });
    });
    // the tap is on the map's drawing, which may be shifted to GCJ-02: take the shift back approximately
    map.on('click', function (e) {
      var shifted = base.shift(e.latlng.lng, e.latlng.lat);
      var lon = 2 * e.latlng.lng - shifted[0], lat = 2 * e.latlng.lat - shifted[1];
      if (marker) marker.remove();
      marker = L.marker(e.latlng).addTo(map);
      fetch(cfg.nearest + '?lon=' + lon + '&lat=' + lat).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (place) {
        picked.textContent = '';
        var text = cfg.msgNearest.replace('{0}', place.compound || place.community)
          .replace('{1}', Math.round(place.metres)).replace('{2}', place.community);
        var link = document.createElement('a');
        link.href = cfg.base + encodeURIComponent(place.code);
        link.className = 'button';
        link.textContent = cfg.msgOpen.replace('{0}', place.community);
        picked.append(text + ' ', link);
      }).catch(function () { picked.textContent = cfg.msgNone; });
    });
    window.LifeCircleDistrictMap = map;
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-portal-map]').forEach(communityMap);
    document.querySelectorAll('[data-district-map]').forEach(districtMap);
  });
})();
