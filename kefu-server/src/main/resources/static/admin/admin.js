// Admin console: CSRF for htmx requests, and the ECharts charts fed by JSON embedded in the page.
(function () {
  'use strict';
  var meta = function (name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  };

  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  var data = function (id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  };

  var outcomeChart = function (el) {
    var d = data('outcome-data');
    var names = { answered: el.dataset.answered, fallback: el.dataset.fallback, handoff: el.dataset.handoff, error: el.dataset.error };
    var series = Object.keys(d.series).map(function (outcome) {
      return { name: names[outcome] || outcome, type: 'bar', stack: 'turns', data: d.series[outcome] };
    });
    return { tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: d.days },
      yAxis: { type: 'value', minInterval: 1 }, series: series };
  };

  var confusionChart = function () {
    var d = data('confusion-data');
    var cells = [];
    var max = 1;
    d.counts.forEach(function (row, i) {
      row.forEach(function (n, j) {
        if (n > 0) { cells.push([j, i, n]); max = Math.max(max, n); }
      });
    });
    return { tooltip: { position: 'top' }, grid: { left: 160, bottom: 140, right: 40 },
      xAxis: { type: 'category', data: d.labels, axisLabel: { rotate: 60, interval: 0 } },
      yAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0 } },
      visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [{ type: 'heatmap', data: cells, label: { show: d.labels.length <= 20 } }] };
  };

  var render = function () {
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      if (!window.echarts || el.dataset.rendered) {
        return;
      }
      var option = el.dataset.chart === 'outcomes' ? outcomeChart(el) : confusionChart();
      window.echarts.init(el).setOption(option);
      el.dataset.rendered = 'true';
    });
  };

  document.addEventListener('DOMContentLoaded', function () {
    if (!document.querySelector('[data-chart]')) {
      return;
    }
    var script = document.createElement('script');
    script.src = document.querySelector('meta[name="echarts-src"]').getAttribute('content');
    script.onload = render;
    document.head.appendChild(script);
  });
})();
