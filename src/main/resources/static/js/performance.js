// The dashboard's month-by-month chart (ECharts): this year against last year, from the JSON beside the table.
(function () {
  var holder = document.getElementById('trend-chart');
  var source = document.getElementById('trend-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent || '{}');
  var zh = (document.documentElement.lang || '').indexOf('zh') === 0;
  var chart = echarts.init(holder);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [data.currentLabel, data.previousLabel] },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: (data.months || []).map(function (m) { return zh ? m + '月' : String(m); }) },
    yAxis: { type: 'value' },
    series: [
      { name: data.currentLabel, type: 'line', data: data.current, symbolSize: 6 },
      { name: data.previousLabel, type: 'line', data: data.previous, symbolSize: 4, lineStyle: { type: 'dashed' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
