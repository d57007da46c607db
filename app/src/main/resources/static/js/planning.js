/*
 * The planning workspace: compounds coloured by walking time to the chosen service, the coverage panel
 * with its charts, and the 5/10/15-minute reach of any point clicked on the map. All data comes from
 * /api/v1/planning; all texts from the page (#planning-texts). Other scripts of the page (scenarios) work
 * through window.LifeCirclePlanning: they may supply the report, add to popups and take map clicks.
 */
(function () {
  'use strict';

  var COLOURS = { 5: '#2b8a3e', 10: '#94d82d', 15: '#f59f00', more: '#e03131', unreachable: '#868e96' };
  var REACH_COLOURS = ['#1971c2', '#4dabf7', '#a5d8ff'];

  function colourFor(minutes) {
    if (minutes === null) return COLOURS.unreachable;
    if (minutes <= 5) return COLOURS[5];
    if (minutes <= 10) return COLOURS[10];
    if (minutes <= 15) return COLOURS[15];
    return COLOURS.more;
  }

  function pct(x) { return (x * 100).toFixed(1) + '%'; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json, application/geo+json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.detail || body.title || r.status);
        return body;
      });
    });
  }

  function init(mapEl) {
    var cfg = mapEl.dataset;
    var T = JSON.parse(document.getElementById('planning-texts').textContent);
    var base = window.LifeCircleMap.baseMap(mapEl), map = base.map;
    var compounds = L.layerGroup().addTo(map), points = L.layerGroup().addTo(map);
    var centers = L.layerGroup().addTo(map), reach = L.layerGroup().addTo(map), facilities = L.layerGroup();
    var overlays = {};
    overlays[cfg.labelStreets] = window.LifeCircleMap.streetLayer(map, cfg, base.shift);
    overlays[T.compounds] = compounds;
    overlays[T.points] = points;
    overlays[T.facilities] = facilities;
    overlays[T.centers] = centers;
    overlays[T.reach] = reach;
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    legend(map, T);
    var charts = {
      communities: echarts.init(document.getElementById('chart-communities')),
      distribution: echarts.init(document.getElementById('chart-distribution'))
    };
    window.addEventListener('resize', function () { charts.communities.resize(); charts.distribution.resize(); });
    var form = document.getElementById('planning-controls');
    var fitted = false;
    var hooks = { source: null, reportListeners: [], popupExtras: [], clickHandlers: [] };

    // the registry's centers (by tier) and every facility (by handbook group; off until switched on)
    getJson(cfg.features).then(function (data) {
      data.features.forEach(function (f) {
        var p = f.properties, ll = base.latLng(f.geometry.coordinates[0], f.geometry.coordinates[1]);
        var place = { id: p.id, name: p.name, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] };
        if (p.kind === 'center') {
          window.LifeCircleMap.centerMarker(ll, p.tier)
            .bindPopup(function () { return popup('center', place, link(cfg.centerBase + '/' + p.id, p.name)); }).addTo(centers);
        } else if (p.kind === 'facility') {
          window.LifeCircleMap.facilityMarker(ll, p.group)
            .bindPopup(function () { return popup('facility', place, link(cfg.facilityBase + '/' + p.id, p.name)); }).addTo(facilities);
        }
      });
    });

    var asked = 0; // answers to an earlier choice that arrive late are dropped
    function refresh() {
      var q = new URLSearchParams(new FormData(form)), ask = ++asked;
      document.getElementById('gaps-xlsx').href = document.getElementById('gaps-xlsx').href.split('?')[0] + '?' + q;
      (hooks.source ? hooks.source(q) : getJson(cfg.coverage + '?' + q)).then(function (report) {
        if (ask !== asked) return;
        drawCompounds(report);
        drawPoints(report);
        summary(report);
        chartCommunities(report);
        chartDistribution(report);
        gapList(report);
        hooks.reportListeners.forEach(function (listener) { listener(report); });
      }).catch(function (e) { message(document.getElementById('planning-summary'), T.error + ' ' + e.message); });
    }

    function drawCompounds(report) {
      compounds.clearLayers();
      var bounds = [];
      report.compounds.forEach(function (c) {
        var ll = base.latLng(c.lon, c.lat);
        bounds.push(ll);
        var m = L.circleMarker(ll, { radius: Math.max(5, Math.sqrt(c.population) / 5), color: '#1f2933', weight: 1,
          fillColor: colourFor(c.minutes), fillOpacity: 0.85 });
        var box = el('div');
        box.appendChild(link(cfg.compoundBase + '/' + c.id, c.name));
        box.appendChild(el('div', null, c.communityName + ' · ' + T.residents + ' ' + Math.round(c.population)
          + (c.populationEstimated ? ' (' + T.estimatedPopulation + ')' : '')));
        box.appendChild(el('div', null, c.minutes === null ? T.unreachable
          : T.nearest + ' ' + (c.nearestName || '') + ' · ' + c.minutes.toFixed(1) + ' ' + T.minutes));
        m.bindPopup(box).addTo(compounds);
      });
      if (!fitted && bounds.length) { map.fitBounds(bounds, { padding: [30, 30] }); fitted = true; }
    }

    function drawPoints(report) {
      points.clearLayers();
      report.points.forEach(function (p) {
        var m = L.circleMarker(base.latLng(p.lon, p.lat), { radius: 5, color: '#862e9c', weight: 2, fillColor: '#fff', fillOpacity: 1 });
        m.bindPopup(function () {
          return p.id ? popup('facility', p, link(cfg.facilityBase + '/' + p.id, p.name)) : el('span', null, p.name);
        }).addTo(points);
      });
    }

    function summary(report) {
      var box = document.getElementById('planning-summary');
      box.textContent = '';
      box.appendChild(el('h2', null, report.serviceName + ' · ' + report.minutes + ' ' + T.minutes));
      var share = report.overall.population ? report.overall.covered / report.overall.population : 0;
      var big = el('p', 'big-figure', pct(share));
      big.classList.add(share >= report.nationalTarget ? 'ok' : 'short');
      box.appendChild(big);
      box.appendChild(el('p', null, T.overall + ': ' + Math.round(report.overall.covered) + ' / '
        + Math.round(report.overall.population) + ' ' + T.residents + ' · ' + T.points + ' ' + report.points.length));
      box.appendChild(el('p', null, T.national + ' ' + pct(report.nationalTarget) + (share >= report.nationalTarget ? ' ✓' : ' ✗')
        + ' · ' + T.shanghai + ' ' + pct(report.shanghaiTarget) + (share >= report.shanghaiTarget ? ' ✓' : ' ✗')));
    }

    function chartCommunities(report) {
      var rows = report.communities.slice().sort(function (a, b) { return a.share - b.share; });
      charts.communities.setOption({
        title: { text: T.communities, textStyle: { fontSize: 14 } },
        grid: { left: 110, right: 30, top: 40, bottom: 30 },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v.toFixed(1) + '%'; } },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        yAxis: { type: 'category', data: rows.map(function (r) { return r.name; }) },
        series: [{ type: 'bar', name: T.share, data: rows.map(function (r) {
          return { value: +(r.share * 100).toFixed(1), itemStyle: { color: r.share >= report.nationalTarget ? '#2b8a3e' : '#e03131' } };
        }), markLine: { symbol: 'none', data: [
          { xAxis: report.nationalTarget * 100, name: T.national, label: { formatter: T.national } },
          { xAxis: report.shanghaiTarget * 100, name: T.shanghai, label: { formatter: T.shanghai } }] } }]
      }, true);
    }

    function chartDistribution(report) {
      var labels = report.distribution.map(function (b) {
        if (b.unreachable) return T.unreachable;
        return b.toMinutes === null ? b.fromMinutes + '+' : b.fromMinutes + '–' + b.toMinutes;
      });
      charts.distribution.setOption({
        title: { text: T.distribution, textStyle: { fontSize: 14 } },
        grid: { left: 60, right: 20, top: 40, bottom: 40 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: labels, name: T.minutes, nameLocation: 'middle', nameGap: 26 },
        yAxis: { type: 'value', name: T.residents },
        series: [{ type: 'bar', name: T.residents, data: report.distribution.map(function (b) { return Math.round(b.population); }) }]
      }, true);
    }

    function gapList(report) {
      var box = document.getElementById('planning-gaps');
      box.textContent = '';
      box.appendChild(el('h3', null, T.gapsTitle));
      var gaps = report.compounds.filter(function (c) { return !c.covered; })
        .sort(function (a, b) { return b.population - a.population; }).slice(0, 10);
      if (!gaps.length) { box.appendChild(el('p', null, T.noGaps)); return; }
      var ol = el('ol');
      gaps.forEach(function (c) {
        ol.appendChild(el('li', null, c.name + ' (' + c.communityName + ') · ' + Math.round(c.population) + ' ' + T.residents
          + ' · ' + (c.minutes === null ? T.unreachable : c.minutes.toFixed(1) + ' ' + T.minutes)));
      });
      box.appendChild(ol);
    }

    /* A popup's content: the link, then whatever other scripts add for this kind of place. */
    function popup(kind, place, content) {
      var box = el('div');
      box.appendChild(content);
      hooks.popupExtras.forEach(function (extra) { extra(kind, place, box); });
      return box;
    }

    map.on('click', function (e) {
      var xy = [e.latlng.lng, e.latlng.lat];
      if (cfg.tileCrs === 'GCJ02') { xy = inverseShift(base.shift, xy); }
      if (hooks.clickHandlers.some(function (handler) { return handler(xy); })) return;
      var speed = document.getElementById('speed').value;
      var box = document.getElementById('planning-reach');
      getJson(cfg.isochrones + '?lon=' + xy[0] + '&lat=' + xy[1] + '&speed=' + speed).then(function (r) {
        reach.clearLayers();
        var polygons = r.isochrones.features.slice().sort(function (a, b) { return b.properties.seconds - a.properties.seconds; });
        polygons.forEach(function (f, i) {
          L.geoJSON(f, { coordsToLatLng: function (c) { return L.latLng(base.latLng(c[0], c[1])); },
            style: { color: REACH_COLOURS[polygons.length - 1 - i], weight: 1, fillOpacity: 0.25 } }).addTo(reach);
        });
        box.textContent = '';
        box.appendChild(el('h3', null, T.servicesWithin));
        var ul = el('ul', 'reach-list');
        r.services.slice(0, 40).forEach(function (s) {
          ul.appendChild(el('li', null, s.minutes.toFixed(1) + ' ' + T.minutes + ' · ' + s.name));
        });
        if (!r.services.length) ul.appendChild(el('li', null, T.none));
        box.appendChild(ul);
      }).catch(function (err) { message(box, err.message); });
    });

    form.addEventListener('change', refresh);
    refresh();

    window.LifeCirclePlanning = {
      map: map,
      latLng: base.latLng,
      /* The workspace's question (service, minutes, speed) as query parameters. */
      query: function () { return new URLSearchParams(new FormData(form)); },
      refresh: refresh,
      /* fn(query) → promise of a coverage report to draw instead of the registry's; null: the registry's. */
      setSource: function (fn) { hooks.source = fn; },
      onReport: function (fn) { hooks.reportListeners.push(fn); },
      /* fn(kind 'facility' | 'center', {id, name, lon, lat}, box) may append to the popup. */
      addPopupExtra: function (fn) { hooks.popupExtras.push(fn); },
      /* fn([lon, lat] in WGS-84) → true when it took the click (no walking reach is drawn then). */
      onMapClick: function (fn) { hooks.clickHandlers.push(fn); },
      getJson: getJson
    };
  }

  /* Undo the GCJ-02 shift of a clicked point by fixed-point iteration (the shift varies slowly). */
  function inverseShift(shift, xy) {
    var guess = xy.slice();
    for (var i = 0; i < 5; i++) {
      var s = shift(guess[0], guess[1]);
      guess = [guess[0] - (s[0] - xy[0]), guess[1] - (s[1] - xy[1])];
    }
    return guess;
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function message(box, text) {
    box.textContent = '';
    box.appendChild(el('p', 'error', text));
  }

  function legend(map, T) {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var div = L.DomUtil.create('div', 'map-legend');
      [['5', COLOURS[5]], ['10', COLOURS[10]], ['15', COLOURS[15]], ['more', COLOURS.more], ['unreachable', COLOURS.unreachable]]
        .forEach(function (row) {
          var line = el('div');
          var dot = el('span', 'dot');
          dot.style.background = row[1];
          line.appendChild(dot);
          line.appendChild(document.createTextNode(T['legend.' + row[0]]));
          div.appendChild(line);
        });
      return div;
    };
    control.addTo(map);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-planning-map]').forEach(init);
  });
})();
