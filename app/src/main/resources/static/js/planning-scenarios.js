/*
 * What-if scenarios on the planning workspace: choose or start a scenario, propose facilities and centers on
 * the map, move or close existing ones from their popups. The map then shows the coverage with the scenario
 * and the panel its difference from the registry; another scenario can be set beside it. Talks to
 * /api/v1/planning/scenarios (data-api of #scenario-bar), takes its texts from #scenario-texts and works
 * with planning.js through window.LifeCirclePlanning. Nothing here writes the registry.
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'lifecircle.planning.scenario';

  function byId(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function fmt(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (m, i) { return args[+i]; });
  }
  function pct(x) { return (x * 100).toFixed(1) + '%'; }
  function signed(points) { return (points >= 0 ? '+' : '') + points.toFixed(1); }
  function people(x) { return Math.round(x).toLocaleString(); }

  function texts() {
    var T = {};
    byId('scenario-texts').querySelectorAll('[data-key]').forEach(function (s) { T[s.dataset.key] = s.textContent; });
    return T;
  }

  /* JSON over fetch with the page's CSRF token; a problem detail becomes an Error naming each field. */
  function send(method, url, body) {
    var headers = { Accept: 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (method !== 'GET' && token && header) headers[header.content] = token.content;
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(url, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) {
        if (r.status === 204) return null;
        return r.json().then(function (answer) {
          if (!r.ok) {
            var detail = answer.problems ? answer.problems.map(function (p) { return p.field + ': ' + p.message; }).join('; ')
              : (answer.detail || answer.title || r.status);
            throw new Error(detail);
          }
          return answer;
        });
      });
  }

  function init(bar) {
    var P = window.LifeCirclePlanning;
    if (!P) return;
    var api = bar.dataset.api;
    var T = texts();
    var select = byId('scenario'), compareSelect = byId('scenario-compare'), kindSelect = byId('scenario-kind');
    var proposeButton = byId('scenario-propose'), hint = byId('scenario-hint'), panel = byId('scenario-panel');
    var tools = byId('scenario-tools');
    var layer = L.layerGroup().addTo(P.map);
    var scenarios = [], current = null, evaluation = null;
    var mode = null; // { propose: true } or { move: change form without the position, label }

    function say(text, isError) {
      hint.textContent = text || '';
      hint.classList.toggle('error', !!isError);
    }
    function failed(e) { say(T.error + ' ' + e.message, true); }

    function setMode(next) {
      mode = next;
      proposeButton.setAttribute('aria-pressed', mode && mode.propose ? 'true' : 'false');
      P.map.getContainer().classList.toggle('scenario-placing', !!mode);
      if (!mode) say('');
      else if (mode.propose) say(fmt(T.hintPropose, kindSelect.selectedOptions[0].textContent));
      else say(fmt(T.hintMove, mode.label));
    }

    /* The scenario list in both selects; keeps or sets the chosen one. */
    function loadList(chosenId) {
      return send('GET', api).then(function (list) {
        scenarios = list;
        [select, compareSelect].forEach(function (s) {
          while (s.options.length > 1) s.remove(1);
          list.forEach(function (sc) { s.add(new Option(sc.name, sc.id)); });
        });
        select.value = chosenId && list.some(function (sc) { return String(sc.id) === String(chosenId); }) ? chosenId : '';
        return choose(select.value);
      });
    }

    function choose(id) {
      var previous = current;
      current = scenarios.filter(function (sc) { return String(sc.id) === String(id); })[0] || null;
      evaluation = null;
      setMode(null);
      tools.hidden = !current;
      panel.hidden = !current;
      Array.prototype.forEach.call(compareSelect.options, function (o) { o.hidden = current && o.value === String(current.id); });
      if (current && compareSelect.value === String(current.id)) compareSelect.value = '';
      if (current) sessionStorage.setItem(STORAGE_KEY, current.id); else sessionStorage.removeItem(STORAGE_KEY);
      P.setSource(current ? function (query) {
        return P.getJson(api + '/' + current.id + '/coverage?' + query).then(function (answer) {
          evaluation = answer;
          return answer.after;
        });
      } : null);
      if (previous || current) P.refresh();
    }

    /* After a change: the scenario's changes afresh, then the coverage with them. */
    function changed(promise) {
      return promise.then(function () { return send('GET', api + '/' + current.id); })
        .then(function (scenario) {
          scenarios = scenarios.map(function (sc) { return sc.id === scenario.id ? scenario : sc; });
          current = scenario;
          P.refresh();
        }).catch(failed);
    }

    function addChange(change) { return changed(send('POST', api + '/' + current.id + '/changes', change)); }
    function undo(change) { return changed(send('DELETE', api + '/' + current.id + '/changes/' + change.id)); }

    function button(text, action) {
      var b = el('button', 'secondary small', text);
      b.type = 'button';
      b.addEventListener('click', function (e) { e.stopPropagation(); P.map.closePopup(); action(); });
      return b;
    }

    // move and close for the registry's facilities and centers, while a scenario is chosen
    P.addPopupExtra(function (kind, place, box) {
      if (!current) return;
      var target = kind === 'center' ? 'CENTER' : 'FACILITY';
      var row = el('div', 'scenario-actions');
      row.appendChild(button(T.move, function () {
        setMode({ move: { action: 'MOVE', target: target, targetId: place.id }, label: place.name });
      }));
      row.appendChild(button(T.close, function () { addChange({ action: 'CLOSE', target: target, targetId: place.id }); }));
      box.appendChild(row);
    });

    P.onMapClick(function (lonLat) {
      if (!current || !mode) return false;
      var position = { lon: +lonLat[0].toFixed(7), lat: +lonLat[1].toFixed(7), crs: 'WGS84' };
      if (mode.propose) {
        var choice = kindSelect.value.split(':');
        var name = window.prompt(T.promptProposalName, fmt(T.defaultProposalName, kindSelect.selectedOptions[0].textContent));
        if (name && name.trim()) {
          addChange(Object.assign({ action: 'ADD', target: choice[0], kind: choice[1], name: name.trim() }, position))
            .then(function () { if (mode) setMode(mode); });
        }
      } else {
        var change = Object.assign({}, mode.move, position);
        var edit = mode.changeId;
        setMode(null);
        changed(edit ? send('PUT', api + '/' + current.id + '/changes/' + edit, change)
          : send('POST', api + '/' + current.id + '/changes', change));
      }
      return true;
    });

    P.onReport(function () {
      layer.clearLayers();
      panel.textContent = '';
      if (!current || !evaluation || evaluation.scenarioId !== current.id) return;
      drawChanges();
      drawChangedCompounds();
      renderPanel();
      if (compareSelect.value) renderComparison();
    });

    function mark(lon, lat, cls, title, content) {
      // the shape is drawn on an inner element: Leaflet positions the icon itself with a transform of its own
      var icon = L.divIcon({ className: 'scenario-mark ' + cls, html: '<span></span>', iconSize: null });
      return L.marker(P.latLng(lon, lat), { icon: icon, title: title, keyboard: true }).bindPopup(content).addTo(layer);
    }

    function changeLabel(c) {
      var what = c.action === 'ADD' ? c.name + ' · ' + c.kindName : (c.targetName || '#' + c.targetId + ' ' + T.gone);
      return T['action.' + c.action] + ' · ' + what;
    }

    function changePopup(c) {
      var box = el('div');
      box.appendChild(el('strong', null, changeLabel(c)));
      var row = el('div', 'scenario-actions');
      if (c.action === 'ADD') {
        row.appendChild(button(T.move, function () {
          setMode({ move: { action: 'ADD', target: c.target, kind: c.kind, name: c.name }, changeId: c.id, label: c.name });
        }));
      }
      row.appendChild(button(T.undo, function () { undo(c); }));
      box.appendChild(row);
      return box;
    }

    function drawChanges() {
      current.changes.forEach(function (c) {
        var centre = c.target === 'CENTER' ? ' center' : '';
        if (c.action === 'ADD') {
          mark(c.lon, c.lat, 'proposal' + centre, c.name, changePopup(c));
        } else if (c.fromLon !== null) {
          if (c.action === 'MOVE') {
            L.polyline([P.latLng(c.fromLon, c.fromLat), P.latLng(c.lon, c.lat)],
              { color: '#1864ab', weight: 2, dashArray: '6 4', interactive: false }).addTo(layer);
            mark(c.lon, c.lat, 'moved' + centre, c.targetName, changePopup(c));
          } else {
            mark(c.fromLon, c.fromLat, 'closed' + centre, c.targetName, changePopup(c));
          }
        }
      });
    }

    function minutes(m) { return m === null ? T.unreachable : fmt(T.minutes, m.toFixed(1)); }

    function drawChangedCompounds() {
      evaluation.diff.compounds.forEach(function (c) {
        if (!c.newlyCovered && !c.noLongerCovered) return;
        L.circleMarker(P.latLng(c.lon, c.lat), { radius: 16, color: c.newlyCovered ? '#2b8a3e' : '#c92a2a', weight: 3,
          dashArray: '4 3', fill: false, interactive: false }).addTo(layer);
      });
    }

    function renderPanel() {
      var d = evaluation.diff;
      panel.appendChild(el('h2', null, current.name));
      var delta = el('p', 'scenario-delta');
      delta.appendChild(document.createTextNode(fmt(T.shareChange, pct(d.overall.before), pct(d.overall.after)) + ' '));
      delta.appendChild(el('strong', d.overall.points > 0 ? 'up' : d.overall.points < 0 ? 'down' : '',
        fmt(T.points, signed(d.overall.points))));
      panel.appendChild(delta);
      panel.appendChild(el('p', null, fmt(T.residentsChange, people(d.residentsGained), people(d.residentsLost))));
      var moved = d.communities.filter(function (c) { return Math.abs(c.share.points) >= 0.05; });
      if (!moved.length && !d.compounds.length) panel.appendChild(el('p', null, T.noChange));
      if (moved.length) {
        panel.appendChild(el('h3', null, T.communities));
        var table = el('table', 'scenario-table');
        moved.forEach(function (c) {
          var tr = el('tr');
          tr.appendChild(el('td', null, c.name));
          tr.appendChild(el('td', null, pct(c.share.before) + ' → ' + pct(c.share.after)));
          tr.appendChild(el('td', c.share.points > 0 ? 'up' : 'down', signed(c.share.points)));
          table.appendChild(tr);
        });
        panel.appendChild(table);
      }
      compoundList(T.newlyCovered, d.compounds.filter(function (c) { return c.newlyCovered; }));
      compoundList(T.noLongerCovered, d.compounds.filter(function (c) { return c.noLongerCovered; }));
      if (evaluation.gaps.length) {
        panel.appendChild(el('h3', null, T.gaps));
        var ul = el('ul', 'scenario-list');
        evaluation.gaps.forEach(function (g) {
          ul.appendChild(el('li', null, fmt(g.elderCare ? T.gapLineElderly : T.gapLine, g.serviceName, g.before.compounds,
            people(g.before.weight), g.after.compounds, people(g.after.weight))));
        });
        panel.appendChild(ul);
      }
      panel.appendChild(el('h3', null, T.changes));
      if (!current.changes.length) panel.appendChild(el('p', 'scenario-empty', T.noChanges));
      var ol = el('ol', 'scenario-list');
      current.changes.forEach(function (c) {
        var li = el('li', null, changeLabel(c) + ' ');
        li.appendChild(button(T.undo, function () { undo(c); }));
        ol.appendChild(li);
      });
      panel.appendChild(ol);
    }

    function compoundList(title, compounds) {
      if (!compounds.length) return;
      panel.appendChild(el('h3', null, title));
      var ul = el('ul', 'scenario-list');
      compounds.forEach(function (c) {
        ul.appendChild(el('li', null, fmt(T.compoundLine, c.name, c.communityName, people(c.population),
          minutes(c.minutesBefore), minutes(c.minutesAfter))));
      });
      panel.appendChild(ul);
    }

    function renderComparison() {
      var q = P.query();
      q.set('a', current.id);
      q.set('b', compareSelect.value);
      var box = el('div', 'scenario-compare');
      panel.appendChild(box);
      P.getJson(api + '/compare?' + q).then(function (c) {
        box.appendChild(el('h3', null, T.compare));
        var table = el('table', 'scenario-table');
        var head = el('tr');
        ['', T.registry, c.a.name, c.b.name].forEach(function (h) { head.appendChild(el('th', null, h)); });
        table.appendChild(head);
        function row(name, before, a, b) {
          var tr = el('tr');
          [name, pct(before), pct(a), pct(b)].forEach(function (v) { tr.appendChild(el('td', null, v)); });
          table.appendChild(tr);
        }
        row(T.overall, c.shareBefore, c.a.share, c.b.share);
        c.communities.forEach(function (r) { row(r.name, r.before, r.a, r.b); });
        var gained = el('tr');
        [T.residentsGained, '', people(c.a.residentsGained), people(c.b.residentsGained)]
          .forEach(function (v) { gained.appendChild(el('td', null, v)); });
        table.appendChild(gained);
        box.appendChild(table);
      }).catch(failed);
    }

    select.addEventListener('change', function () { choose(select.value); });
    compareSelect.addEventListener('change', function () { P.refresh(); });
    kindSelect.addEventListener('change', function () { if (mode && mode.propose) setMode(mode); });
    // propose what is being looked at, when that is a kind (a group has no single kind to propose)
    byId('service').addEventListener('change', function (e) {
      var kind = 'FACILITY:' + e.target.value;
      if (Array.prototype.some.call(kindSelect.options, function (o) { return o.value === kind; })) kindSelect.value = kind;
      if (mode && mode.propose) setMode(mode);
    });
    proposeButton.addEventListener('click', function () { setMode(mode && mode.propose ? null : { propose: true }); });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && mode) setMode(null); });
    byId('scenario-new').addEventListener('click', function () {
      var name = window.prompt(T.promptScenarioName);
      if (!name || !name.trim()) return;
      send('POST', api, { name: name.trim() }).then(function (sc) { return loadList(sc.id); }).catch(failed);
    });
    byId('scenario-discard').addEventListener('click', function () {
      if (!current || !window.confirm(fmt(T.confirmDiscard, current.name))) return;
      send('DELETE', api + '/' + current.id).then(function () { return loadList(null); }).catch(failed);
    });

    loadList(sessionStorage.getItem(STORAGE_KEY)).catch(failed);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var bar = byId('scenario-bar');
    if (bar) init(bar);
  });
})();
