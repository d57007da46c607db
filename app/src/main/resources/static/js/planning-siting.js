/*
 * Site selection: candidates clicked on the map, read from a CSV file or taken from every street node in view;
 * the run queued at /api/v1/planning/siting/runs and polled for its progress; the answer drawn on the map (chosen
 * sites numbered, compounds coloured by their walk after) and described in the panel, with the comparison to the
 * current network; then saved as a what-if scenario. Texts come from #siting-texts.
 */
(function () {
  'use strict';

  var SCENARIO_KEY = 'lifecircle.planning.scenario'; // the workspace opens the scenario stored here

  function byId(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function people(x) { return Math.round(x).toLocaleString(); }
  function pct(x) { return (x * 100).toFixed(1) + '%'; }
  function mins(x, T) { return x === null || x === undefined ? T.unreachable : x.toFixed(1) + ' ' + T.minutes; }

  /* fetch with the page's CSRF token; a problem detail becomes an Error listing each problem where it is. */
  function send(method, url, body, isForm) {
    var headers = { Accept: 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (method !== 'GET' && token && header) headers[header.content] = token.content;
    if (body && !isForm) headers['Content-Type'] = 'application/json';
    return fetch(url, { method: method, headers: headers, body: isForm ? body : (body ? JSON.stringify(body) : undefined) })
      .then(function (r) {
        return r.json().then(function (answer) {
          if (!r.ok) {
            var lines = (answer.problems || []).map(function (p) {
              return (p.row ? p.file + ':' + p.row + ':' : '') + (p.field || '') + ' ' + p.message;
            });
            var error = new Error(answer.detail || answer.title || String(r.status));
            error.lines = lines;
            throw error;
          }
          return answer;
        });
      });
  }

  function init(form) {
    var T = JSON.parse(byId('siting-texts').textContent);
    var mapEl = byId('siting-map');
    var base = window.LifeCircleMap.baseMap(mapEl), map = base.map;
    var tileCrs = mapEl.dataset.tileCrs === 'GCJ02' ? 'GCJ02' : 'WGS84';
    var overlays = {};
    overlays[mapEl.dataset.labelStreets] = window.LifeCircleMap.streetLayer(map, mapEl.dataset, base.shift);
    var candidateLayer = L.layerGroup().addTo(map), answerLayer = L.layerGroup().addTo(map);
    overlays[T.candidateLayer] = candidateLayer;
    overlays[T.chosen] = answerLayer;
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    var candidates = [];
    var problemsBox = byId('siting-problems'), answerBox = byId('siting-answer'), saveForm = byId('siting-save');
    var currentRun = null;

    function showProblems(error) {
      problemsBox.textContent = '';
      problemsBox.appendChild(el('p', error.message));
      if (error.lines && error.lines.length) {
        var ul = el('ul');
        error.lines.forEach(function (l) { ul.appendChild(el('li', l)); });
        problemsBox.appendChild(ul);
      }
    }

    function drawCandidates() {
      candidateLayer.clearLayers();
      candidates.forEach(function (c) {
        // clicked points are in the tiles' system already; others are placed as WGS-84 (close enough to show)
        var ll = c.crs === tileCrs ? [c.lat, c.lon] : base.latLng(c.lon, c.lat);
        L.circleMarker(ll, { radius: 5, color: '#495057', weight: 1, fillColor: '#ffd43b', fillOpacity: 0.9 })
          .bindTooltip(c.name || T.candidate).addTo(candidateLayer);
      });
      byId('siting-count').textContent = candidates.length + ' ' + T.candidates
        + (byId('siting-nodes').checked ? ' + ' + T.nodesInView : '');
    }

    map.on('click', function (e) {
      // a click is in the tiles' system: GCJ-02 positions are converted by the server
      candidates.push({ name: T.candidate + ' ' + (candidates.length + 1), lon: e.latlng.lng, lat: e.latlng.lat, crs: tileCrs });
      drawCandidates();
    });
    byId('siting-clear').addEventListener('click', function () { candidates = []; drawCandidates(); });
    byId('siting-nodes').addEventListener('change', drawCandidates);
    byId('siting-csv').addEventListener('change', function (e) {
      var file = e.target.files[0];
      if (!file) return;
      var data = new FormData();
      data.append('file', file);
      send('POST', form.dataset.candidates, data, true).then(function (points) {
        problemsBox.textContent = '';
        points.forEach(function (p) { candidates.push(p); });
        drawCandidates();
        problemsBox.appendChild(el('p', T.csvRead.replace('{0}', points.length)));
      }).catch(showProblems);
      e.target.value = '';
    });

    function request() {
      var target = form.target.value.split(':');
      var body = {
        target: target[0], service: target[0] === 'FACILITY' ? target[1] : null, tier: target[0] === 'CENTER' ? target[1] : null,
        model: form.model.value, sites: +form.sites.value, minutes: +form.minutes.value, speed: form.speed.value,
        weighting: form.weighting.value, subDistrictId: form.subDistrictId.value || null, keepExisting: form.keepExisting.checked,
        capacityMin: form.capacityMin.value === '' ? null : +form.capacityMin.value,
        capacityMax: form.capacityMax.value === '' ? null : +form.capacityMax.value,
        method: form.method.value, timeLimitSeconds: +form.timeLimitSeconds.value, candidates: candidates
      };
      if (byId('siting-nodes').checked) {
        var b = map.getBounds();
        body.area = { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth(), crs: tileCrs };
      }
      return body;
    }

    function poll(url) {
      send('GET', url).then(function (run) {
        byId('siting-phase').textContent = T['phase.' + (run.phase || 'QUEUED')] || run.status;
        byId('siting-bar').value = run.progress;
        if (run.status === 'DONE') {
          byId('siting-progress').hidden = true;
          show(run);
          loadHistory();
        } else if (run.status === 'FAILED') {
          byId('siting-progress').hidden = true;
          answerBox.textContent = '';
          answerBox.appendChild(el('p', T.failed + ' ' + (run.errorMessage || ''), 'error'));
          byId('siting-run').disabled = false;
        } else {
          setTimeout(function () { poll(url); }, 400);
        }
      }).catch(function (e) { showProblems(e); byId('siting-run').disabled = false; });
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      problemsBox.textContent = '';
      answerBox.textContent = '';
      answerLayer.clearLayers();
      saveForm.hidden = true;
      byId('siting-run').disabled = true;
      send('POST', form.dataset.runs, request()).then(function (run) {
        byId('siting-progress').hidden = false;
        poll(form.dataset.runs + '/' + run.id);
      }).catch(function (error) { showProblems(error); byId('siting-run').disabled = false; });
    });

    function show(run) {
      currentRun = run;
      byId('siting-run').disabled = false;
      var r = run.result;
      answerBox.textContent = '';
      answerBox.appendChild(el('h2', T['status.' + r.status]));
      var dl = el('dl', null, 'summary');
      function row(label, value) { dl.appendChild(el('dt', label)); dl.appendChild(el('dd', value)); }
      var residents = r.model !== 'P_MEDIAN';
      function value(x) { return r.model === 'SET_COVERING' ? String(x) : residents ? people(x) : people(x / 60) + ' ' + T.minutes; }
      if (r.objective !== null) row(T['objective.' + r.model], value(r.objective));
      if (r.bound !== null) row(T.bound, value(r.bound) + (r.gap !== null ? ' · ' + T.gap + ' ' + (r.gap * 100).toFixed(3) + '%' : ''));
      row(T.solver, run.solverText + ' · ' + (r.solveSeconds + r.matrixSeconds).toFixed(2) + ' ' + T.seconds);
      row(T.before, people(r.before.covered) + ' ' + T.residents + ' (' + pct(r.before.share) + ') · ' + T.meanWalk + ' ' + mins(r.before.meanMinutes, T));
      row(T.after, people(r.after.covered) + ' ' + T.residents + ' (' + pct(r.after.share) + ') · ' + T.meanWalk + ' ' + mins(r.after.meanMinutes, T));
      row(T.gained, (r.residentsGained >= 0 ? '+' : '') + people(r.residentsGained));
      answerBox.appendChild(dl);
      var table = el('table');
      var head = el('tr');
      [T.site, T.served, T.compounds, T.farthest].forEach(function (h) { head.appendChild(el('th', h)); });
      table.appendChild(el('thead')).appendChild(head);
      var body = table.appendChild(el('tbody'));
      r.chosen.forEach(function (s) {
        var tr = el('tr');
        tr.appendChild(el('td', s.number + ' · ' + s.name));
        tr.appendChild(el('td', people(s.residents), 'num'));
        tr.appendChild(el('td', String(s.compounds), 'num'));
        tr.appendChild(el('td', mins(s.farthestMinutes, T), 'num'));
        body.appendChild(tr);
        L.marker(base.latLng(s.lon, s.lat), { icon: L.divIcon({ className: 'siting-site', html: String(s.number), iconSize: [24, 24] }) })
          .bindPopup(s.number + ' · ' + s.name + '<br>' + people(s.residents) + ' ' + T.residents).addTo(answerLayer);
      });
      if (!r.chosen.length) body.appendChild(el('tr')).appendChild(el('td', T.none));
      answerBox.appendChild(table);
      r.compounds.forEach(function (c) {
        var colour = c.minutesAfter === null ? '#868e96' : c.minutesAfter <= run.request.minutes ? '#2b8a3e' : '#e8590c';
        L.circleMarker(base.latLng(c.lon, c.lat), { radius: Math.max(4, Math.sqrt(c.residents) / 6), color: '#1f2933',
          weight: 1, fillColor: colour, fillOpacity: 0.85 })
          .bindPopup(c.name + '<br>' + T.before + ' ' + mins(c.minutesBefore, T) + '<br>' + T.after + ' '
            + mins(c.minutesAfter, T) + (c.site ? ' (' + c.site + ')' : ''))
          .addTo(answerLayer);
      });
      saveForm.hidden = run.scenarioId !== null || !r.chosen.length;
    }

    /* The latest runs, newest first; a finished one shows its answer again when clicked. */
    function loadHistory() {
      send('GET', form.dataset.runs + '?size=10').then(function (page) {
        var list = byId('siting-runs');
        list.textContent = '';
        page.items.forEach(function (run) {
          var q = run.request;
          var option = form.target.querySelector('option[value="' + q.target + ':' + (q.target === 'CENTER' ? q.tier : q.service) + '"]');
          var what = (option ? option.textContent : (q.service || q.tier)) + ' · ' + T['model.' + q.model] + ' · ' + q.minutes + ' ' + T.minutes
            + (q.model === 'SET_COVERING' ? '' : ' · k=' + q.sites);
          var li = el('li');
          var label = '#' + run.id + ' ' + what + ' · ' + (run.status === 'DONE' ? T['status.' + run.result.status]
            : run.status === 'FAILED' ? T.failed : T['phase.' + (run.phase || 'QUEUED')]);
          if (run.status === 'DONE') {
            var a = el('a', label);
            a.href = '#';
            a.addEventListener('click', function (e) { e.preventDefault(); answerLayer.clearLayers(); show(run); });
            li.appendChild(a);
          } else {
            li.textContent = label;
          }
          list.appendChild(li);
        });
      }).catch(function () { /* the list is a convenience: the page works without it */ });
    }

    saveForm.addEventListener('submit', function (e) {
      e.preventDefault();
      send('POST', form.dataset.runs + '/' + currentRun.id + '/scenario', { name: byId('siting-scenario-name').value })
        .then(function (scenario) {
          saveForm.hidden = true;
          sessionStorage.setItem(SCENARIO_KEY, scenario.id);
          var p = el('p', T.saved.replace('{0}', scenario.name) + ' ');
          var a = el('a', T.openScenario);
          a.href = form.dataset.workspace;
          p.appendChild(a);
          answerBox.appendChild(p);
        }).catch(showProblems);
    });
    drawCandidates();
    loadHistory();
    window.LifeCircleSiting = { map: map }; // for tests and the console
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = byId('siting-form');
    if (form) init(form);
  });
})();
