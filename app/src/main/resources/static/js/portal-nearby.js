/*
 * The portal's "services near me": the resident picks their compound (or lets the browser find the nearest one),
 * then sees the services by handbook category from GET /api/v1/portal/compounds/{id}/nearby. Every filter asks the
 * API again; the page never reloads. All text from the API is put in with textContent, never as HTML.
 */
(function () {
  'use strict';

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  function fill(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d)\}/g, function (m, i) { return args[+i]; });
  }

  function metres(lon1, lat1, lon2, lat2) {
    var r = Math.PI / 180, dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
    var a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
      + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371000 * Math.asin(Math.sqrt(a));
  }

  function init(box) {
    var cfg = box.dataset;
    var select = box.querySelector('#nearby-compound');
    var form = box.querySelector('#nearby-filters');
    var results = box.querySelector('#nearby-results');
    var summary = box.querySelector('#nearby-summary');
    var located = box.querySelector('#nearby-located');
    var storeKey = 'lifecircle.compound.' + cfg.community;
    var request = 0, typing = null;

    function query() {
      var p = new URLSearchParams();
      p.set('minutes', form.querySelector('input[name=minutes]:checked').value);
      ['subsidised', 'elderFriendly', 'elderly'].forEach(function (name) {
        if (form.elements[name].checked) p.set(name, 'true');
      });
      var q = form.elements.q.value.trim();
      if (q) p.set('q', q);
      return p.toString();
    }

    function load() {
      if (!select.value) { results.textContent = ''; summary.textContent = ''; return; }
      var mine = ++request;
      summary.textContent = cfg.msgLoading;
      fetch(cfg.api + encodeURIComponent(select.value) + '/nearby?' + query(), { headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (answer) { if (mine === request) render(answer); })
        .catch(function () { if (mine === request) { summary.textContent = cfg.msgError; results.textContent = ''; } });
    }

    function render(answer) {
      results.textContent = '';
      summary.textContent = answer.total ? fill(cfg.msgTotal, answer.total, answer.minutes) : cfg.msgNone;
      answer.groups.forEach(function (group) {
        if (!group.services.length) return;
        var section = el('section', 'nearby-group');
        section.dataset.group = group.code;
        var h = el('h3', null, group.name + ' ');
        h.append(el('span', 'count', String(group.services.length)));
        section.append(h);
        var list = el('ul', 'service-list');
        group.services.forEach(function (s) { list.append(service(s)); });
        section.append(list);
        results.append(section);
      });
    }

    function service(s) {
      var li = el('li', 'service');
      var head = el('p', 'service-head');
      head.append(el('strong', 'service-name', s.name), ' ');
      head.append(el('span', 'walk', fill(cfg.msgMinutes, Math.max(1, Math.round(s.minutes)))));
      li.append(head);
      var badges = el('p', 'badges');
      if (s.openNow === true) badges.append(el('span', 'badge open', cfg.msgOpen));
      if (s.openNow === false) badges.append(el('span', 'badge closed', cfg.msgClosed));
      if (s.subsidised) badges.append(el('span', 'badge subsidised', cfg.msgSubsidised));
      if (s.elderFriendly) badges.append(el('span', 'badge elder', cfg.msgElder));
      badges.append(el('span', 'badge', s.kind));
      li.append(badges);
      if (s.address) li.append(el('p', 'address', s.address));
      if (s.businessScope) li.append(el('p', 'scope', fill(cfg.msgScope, s.businessScope)));
      if (s.openingHours) li.append(el('p', 'hours', fill(cfg.msgHours, s.openingHours)));
      if (s.phone) {
        var tel = el('a', 'tel', s.phone);
        tel.href = 'tel:' + s.phone.replace(/[^0-9+]/g, '');
        li.append(tel);
      }
      return li;
    }

    function choose(id) {
      select.value = id;
      try { localStorage.setItem(storeKey, id); } catch (e) { /* private mode: not remembered */ }
      load();
    }

    /* The nearest compound of the district; if it is another community's, say so and still pick ours nearest. */
    function locate() {
      if (!navigator.geolocation) { located.textContent = cfg.msgNoLocation; return; }
      navigator.geolocation.getCurrentPosition(function (pos) {
        var lon = pos.coords.longitude, lat = pos.coords.latitude;
        var best = null;
        Array.prototype.forEach.call(select.options, function (o) {
          if (!o.dataset.lon) return;
          var d = metres(lon, lat, +o.dataset.lon, +o.dataset.lat);
          if (!best || d < best.d) best = { o: o, d: d };
        });
        fetch(cfg.nearest + '?lon=' + lon + '&lat=' + lat).then(function (r) { return r.ok ? r.json() : null; })
          .then(function (place) {
            located.textContent = '';
            if (place && place.code !== cfg.community) {
              var link = el('a', null, place.community);
              link.href = location.pathname.replace(/\/c\/[^/]+.*$/, '/c/') + encodeURIComponent(place.code);
              located.append(fill(cfg.msgElsewhere, place.compound || place.community, place.community) + ' ', link);
            }
            if (best) {
              located.append((located.textContent ? ' ' : '') + fill(cfg.msgLocated, best.o.textContent, Math.round(best.d)));
              choose(best.o.value);
            }
          });
      }, function () { located.textContent = cfg.msgNoLocation; }, { enableHighAccuracy: true, timeout: 15000 });
    }

    select.addEventListener('change', function () { choose(select.value); });
    form.addEventListener('change', function (e) { if (e.target.name !== 'q') load(); });
    form.elements.q.addEventListener('input', function () { clearTimeout(typing); typing = setTimeout(load, 250); });
    box.querySelector('#nearby-locate').addEventListener('click', locate);

    var remembered = null;
    try { remembered = localStorage.getItem(storeKey); } catch (e) { /* none */ }
    if (remembered && select.querySelector('option[value="' + remembered.replace(/[^0-9]/g, '') + '"]')) choose(remembered);
    else if (select.options.length === 2) choose(select.options[1].value);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-portal-nearby]').forEach(init);
  });
})();
