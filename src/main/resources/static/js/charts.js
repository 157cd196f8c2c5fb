/*
 * OpenACE charts: draws a chart above each table marked <table data-chart="line|bar" data-chart-column="N"
 * data-chart-label="..."> (templates/fragments/chart.html), with Apache ECharts (the webjar). The table holds the
 * data and stays in the page as the chart's text equivalent; without JavaScript, or without ECharts, the table alone
 * is the page. The chart's box is an image to assistive technology (role="img" with the table's label). No inline
 * script or style: the Content Security Policy forbids both (tooltips are drawn on the canvas, not as HTML).
 */
(function () {
  'use strict';

  /* USWDS blue (#005ea2): 7.1:1 on white, above the 3:1 WCAG 2.1 asks of graphics; text #1b1b1b (16:1). */
  var SERIES = '#005ea2';
  var TEXT = '#1b1b1b';
  var GRID = '#a9aeb1';

  function compact(value) {
    var size = Math.abs(value);
    var units = [[1e12, ' T'], [1e9, ' B'], [1e6, ' M'], [1e3, ' K']];
    for (var i = 0; i < units.length; i++) {
      if (size >= units[i][0]) {
        return (value / units[i][0]).toFixed(1).replace(/\.0$/, '') + units[i][1];
      }
    }
    return String(value);
  }

  function read(table, column) {
    var labels = [];
    var values = [];
    var rows = table.tBodies.length ? table.tBodies[0].rows : [];
    for (var i = 0; i < rows.length; i++) {
      var cell = rows[i].cells[column];
      if (!cell || !cell.hasAttribute('data-value')) {
        continue;
      }
      var value = Number(cell.getAttribute('data-value'));
      if (isNaN(value)) {
        continue;
      }
      labels.push(rows[i].cells[0].textContent.trim());
      values.push(value);
    }
    return {labels: labels, values: values};
  }

  function draw(table) {
    var column = parseInt(table.getAttribute('data-chart-column') || '1', 10);
    var kind = table.getAttribute('data-chart') === 'line' ? 'line' : 'bar';
    var data = read(table, column);
    if (!data.labels.length) {
      return;
    }
    var header = table.tHead && table.tHead.rows[0] && table.tHead.rows[0].cells[column];
    var box = document.createElement('div');
    box.className = 'openace-chart__canvas';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', (table.getAttribute('data-chart-label') || '')
        + ' The table below holds the same figures.');
    box.setAttribute('data-chart-for', table.id);
    var container = table.closest('.usa-table-container--scrollable') || table;
    container.parentNode.insertBefore(box, container);
    var chart = window.echarts.init(box, null, {renderer: 'canvas'});
    chart.setOption({
      aria: {enabled: false},
      animation: false,
      textStyle: {color: TEXT, fontSize: 14},
      grid: {left: 72, right: 24, top: 32, bottom: 48},
      tooltip: {trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) {
        return Number(v).toLocaleString('en-US');
      }},
      xAxis: {type: 'category', data: data.labels, axisLabel: {color: TEXT, hideOverlap: true},
        axisLine: {lineStyle: {color: TEXT}}},
      yAxis: {type: 'value', name: header ? header.textContent.trim() : '', nameTextStyle: {color: TEXT},
        axisLabel: {color: TEXT, formatter: compact}, splitLine: {lineStyle: {color: GRID, type: 'dashed'}}},
      series: [{
        type: kind, data: data.values, color: SERIES,
        lineStyle: {width: 3}, symbol: 'circle', symbolSize: 8, barMaxWidth: 48
      }]
    });
    table.setAttribute('data-chart-drawn', 'true');
    window.addEventListener('resize', function () {
      chart.resize();
    });
  }

  function start() {
    if (!window.echarts) {
      return;
    }
    var tables = document.querySelectorAll('table[data-chart]');
    for (var i = 0; i < tables.length; i++) {
      draw(tables[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
