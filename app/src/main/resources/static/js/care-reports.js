/*
 * The care reports page's charts (ECharts): the days of the period, what became of each station's requests, requests by
 * channel and by service, the caregivers' hours and the 15-minute coverage per community. Data: the report's JSON in
 * #care-report-data (the same as GET /api/v1/care/reports); texts: #care-report-texts, in the reader's language.
 */
(function () {
  'use strict';

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) return null;
    var c = echarts.init(el);
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }
  function title(text) { return { text: text, textStyle: { fontSize: 14 } }; }
  function round1(x) { return Math.round(x * 10) / 10; }

  document.addEventListener('DOMContentLoaded', function () {
    var R = JSON.parse(document.getElementById('care-report-data').textContent);
    var T = JSON.parse(document.getElementById('care-report-texts').textContent);

    chart('chart-days', {
      title: title(T['chart.days']),
      tooltip: { trigger: 'axis' },
      legend: { top: 24 },
      grid: { left: 40, right: 20, top: 60, bottom: 30 },
      xAxis: { type: 'category', data: R.days.map(function (d) { return d.day.substring(5); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: T['col.requests'], type: 'bar', data: R.days.map(function (d) { return d.requests; }), itemStyle: { color: '#a5d8ff' } },
        { name: T['col.completed'], type: 'line', data: R.days.map(function (d) { return d.completed; }), itemStyle: { color: '#2b8a3e' } },
        { name: T['col.late'], type: 'line', data: R.days.map(function (d) { return d.late; }), itemStyle: { color: '#f59f00' } },
        { name: T['col.missed'], type: 'line', data: R.days.map(function (d) { return d.missed; }), itemStyle: { color: '#e03131' } },
        { name: T['col.emergencies'], type: 'line', data: R.days.map(function (d) { return d.emergencies; }), itemStyle: { color: '#862e9c' } }
      ]
    });

    var places = R.stations.length ? R.stations : R.communities;
    var buckets = [['completed', '#2b8a3e'], ['notHome', '#ffd43b'], ['refused', '#fab005'], ['aborted', '#f76707'],
      ['rejected', '#c2255c'], ['missed', '#e03131'], ['inProgress', '#74c0fc'], ['pending', '#ced4da']];
    chart('chart-completion', {
      title: title(T['chart.completion']),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 24, type: 'scroll' },
      grid: { left: 130, right: 20, top: 60, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: places.map(function (r) { return r.place.name; }) },
      series: buckets.map(function (b) {
        return { name: T['col.' + b[0]], type: 'bar', stack: 'all', itemStyle: { color: b[1] },
          data: places.map(function (r) { return r.completion[b[0]]; }) };
      })
    });

    var channels = R.total.requests.byChannel;
    chart('chart-channels', {
      title: title(T['chart.channels']),
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      series: [{ type: 'pie', radius: ['35%', '65%'], top: 20,
        data: Object.keys(channels).map(function (c) { return { name: T.channels[c] || c, value: channels[c] }; }) }]
    });

    var services = R.total.requests.byService;
    var codes = Object.keys(services).sort(function (a, b) { return services[b] - services[a]; });
    chart('chart-services', {
      title: title(T['chart.services']),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 110, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: codes.map(function (c) { return T.services[c] || c; }), inverse: true },
      series: [{ type: 'bar', data: codes.map(function (c) { return services[c]; }), itemStyle: { color: '#1971c2' } }]
    });

    var workers = R.caregivers;
    chart('chart-workload', {
      title: title(T['chart.workload']),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 24 },
      grid: { left: 110, right: 20, top: 60, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: workers.map(function (w) { return w.name + ' · ' + w.stationName; }) },
      series: [
        { name: T['col.visitHours'], type: 'bar', data: workers.map(function (w) { return round1(w.visitHours); }), itemStyle: { color: '#2b8a3e' } },
        { name: T['col.bookedHours'], type: 'bar', data: workers.map(function (w) { return round1(w.bookedHours); }), itemStyle: { color: '#74c0fc' } },
        { name: T['col.workingHours'], type: 'bar', data: workers.map(function (w) { return round1(w.workingHours); }), itemStyle: { color: '#ced4da' } }
      ]
    });

    var cov = R.coverage.communities;
    chart('chart-coverage', {
      title: title(T['chart.coverage']),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 24 },
      grid: { left: 110, right: 20, top: 60, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: cov.map(function (r) { return r.place.name; }) },
      series: [
        { name: T['col.covered'], type: 'bar', stack: 'e', itemStyle: { color: '#2b8a3e' }, data: cov.map(function (r) { return r.covered; }) },
        { name: T['col.notCovered'], type: 'bar', stack: 'e', itemStyle: { color: '#e03131' }, data: cov.map(function (r) { return r.elders - r.covered; }) }
      ]
    });
  });
})();
