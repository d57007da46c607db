/*
 * Shared by the platform's maps: the base map (optional tiles, GCJ-02 shift for AMap/Tencent tiles) and
 * the walking-network layer with its credit. Config comes from data attributes on the map element.
 */
(function () {
  'use strict';

  // WGS-84 → GCJ-02 (the public formula), only used when the tiles are GCJ-02 (AMap, Tencent).
  function toGcj02(lon, lat) {
    var a = 6378245.0, ee = 0.00669342162296594323, PI = Math.PI;
    if (lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271) return [lon, lat];
    function tLat(x, y) {
      var r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
      r += (20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2 / 3;
      r += (20 * Math.sin(y * PI) + 40 * Math.sin(y / 3 * PI)) * 2 / 3;
      return r + (160 * Math.sin(y / 12 * PI) + 320 * Math.sin(y * PI / 30)) * 2 / 3;
    }
    function tLon(x, y) {
      var r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
      r += (20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2 / 3;
      r += (20 * Math.sin(x * PI) + 40 * Math.sin(x / 3 * PI)) * 2 / 3;
      return r + (150 * Math.sin(x / 12 * PI) + 300 * Math.sin(x / 30 * PI)) * 2 / 3;
    }
    var dLat = tLat(lon - 105, lat - 35), dLon = tLon(lon - 105, lat - 35);
    var radLat = lat / 180 * PI, magic = Math.sin(radLat);
    magic = 1 - ee * magic * magic;
    var sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180) / ((a * (1 - ee)) / (magic * sqrtMagic) * PI);
    dLon = (dLon * 180) / (a / sqrtMagic * Math.cos(radLat) * PI);
    return [lon + dLon, lat + dLat];
  }

  var GROUP_COLOURS = {
    dining: '#d9480f', health: '#c92a2a', beauty: '#ae3ec9', appliance_repair: '#5c940d',
    daily_services: '#1971c2', housekeeping: '#0b7285', public_services: '#364fc7',
    education: '#e67700', agency: '#495057', culture_sports: '#2b8a3e', shopping: '#a61e4d'
  };

  var TIER_RADIUS = { CENTER_15: 12, STREET_10: 9, CIRCLE_5: 7 };

  /* A center: a yellow disc, larger for a higher tier (15-minute centers largest). */
  function centerMarker(latLng, tier) {
    return L.circleMarker(latLng, { radius: TIER_RADIUS[tier] || 8, color: '#1f2933', weight: 2,
      fillColor: '#ffd43b', fillOpacity: 0.9 });
  }

  /* A facility: a small disc in its handbook group's colour. */
  function facilityMarker(latLng, group) {
    return L.circleMarker(latLng, { radius: 4, weight: 1, color: GROUP_COLOURS[group] || '#555', fillOpacity: 0.8 });
  }

  /* A Leaflet map on the element, with tiles when configured; returns the map and the coordinate shift. */
  function baseMap(el) {
    var cfg = el.dataset;
    // maxZoom: without a tile layer Leaflet's is Infinity, and fitting the view to a single point then breaks the map
    var map = L.map(el, { preferCanvas: true, maxZoom: 19 }).setView([+cfg.lat, +cfg.lon], +cfg.zoom);
    var shift = cfg.tileCrs === 'GCJ02' ? toGcj02 : function (lon, lat) { return [lon, lat]; };
    if (cfg.tileUrl) {
      L.tileLayer(cfg.tileUrl, { attribution: cfg.attribution, maxZoom: 19 }).addTo(map);
    }
    return { map: map, shift: shift, latLng: function (lon, lat) { var xy = shift(lon, lat); return [xy[1], xy[0]]; } };
  }

  /*
   * The walking network under the points, in its own pane. Its source decides the credit: the bundled
   * demo network is approximate (generated from 2013 bus stops) and says so on the map itself; a real
   * extract is credited to OpenStreetMap.
   */
  function streetLayer(map, cfg, shift) {
    map.createPane('streets');
    map.getPane('streets').style.zIndex = 350;
    var layer = L.geoJSON(null, {
      pane: 'streets',
      renderer: L.canvas({ pane: 'streets' }),
      coordsToLatLng: function (c) { var xy = shift(c[0], c[1]); return L.latLng(xy[1], xy[0]); },
      style: function (f) {
        return f.properties.name ? { color: '#7b8794', weight: 2.5, opacity: 0.9 } : { color: '#aab4be', weight: 1.2, opacity: 0.9 };
      },
      onEachFeature: function (f, line) {
        if (f.properties.name) line.bindTooltip(f.properties.name, { sticky: true });
      }
    }).addTo(map);
    Promise.all([fetch(cfg.network).then(function (r) { return r.json(); }),
                 fetch(cfg.streets).then(function (r) { return r.json(); })]).then(function (answers) {
      var summary = answers[0];
      layer.addData(answers[1]);
      var credit = summary.approximate ? cfg.streetsApproximate : cfg.streetsOsm;
      map.attributionControl.addAttribution(credit);
      if (summary.approximate) {
        var note = L.control({ position: 'bottomleft' });
        note.onAdd = function () {
          var div = L.DomUtil.create('div', 'map-note');
          div.textContent = credit;
          return div;
        };
        note.addTo(map);
      }
    });
    return layer;
  }

  window.LifeCircleMap = { baseMap: baseMap, streetLayer: streetLayer, centerMarker: centerMarker,
    facilityMarker: facilityMarker };
})();
