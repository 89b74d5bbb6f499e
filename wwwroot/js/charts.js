// Draws a ChartSpec (Components/Controls/Chart/ChartSpec.cs) with Chart.js. Chart.js is served from
// wwwroot/lib (installed from npm by the build) and loaded on first use, so pages without charts skip it.

const palette = ['#c62828', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#4e342e', '#546e7a', '#9e9d24'];
const targetColor = '#424242';

let chartJsLoading;

function loadChartJs() {
  // The UMD build sets globalThis.Chart when imported.
  chartJsLoading ??= import('../lib/chartjs/chart.umd.min.js').then(() => {
    const Chart = globalThis.Chart;
    Chart.defaults.font.family = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
    return Chart;
  });
  return chartJsLoading;
}

function shapeOf(spec) {
  return [spec.kind, spec.stacked, spec.secondaryAxis != null, spec.series.length, spec.targetLines.length,
    ...spec.series.map(s => `${s.asLine}/${s.onSecondaryAxis}`)].join('|');
}

function datasetsOf(spec) {
  const doughnut = spec.kind === 'Doughnut';
  const series = spec.series.map((s, i) => {
    const color = s.color ?? palette[i % palette.length];
    return {
      type: s.asLine ? 'line' : undefined,
      label: s.label,
      data: s.values,
      display: s.display,
      backgroundColor: doughnut ? spec.labels.map((_, j) => palette[j % palette.length]) : color,
      borderColor: doughnut ? undefined : color,
      borderWidth: s.asLine || spec.kind === 'Line' ? 2 : 0,
      yAxisID: s.onSecondaryAxis ? 'y1' : undefined,
      order: s.asLine ? 0 : 1,
    };
  });
  const targets = spec.targetLines.map(t => ({
    type: 'line',
    label: t.label,
    data: spec.labels.map(() => t.value),
    display: spec.labels.map(() => t.display),
    borderColor: targetColor,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
    pointHitRadius: 0,
    fill: false,
    order: -1,
  }));
  return [...series, ...targets];
}

function axisOf(axis, stacked, position) {
  return {
    type: axis.scale === 'Logarithmic' ? 'logarithmic' : 'linear',
    position,
    stacked,
    beginAtZero: axis.scale !== 'Logarithmic',
    min: axis.min ?? undefined,
    max: axis.max ?? undefined,
    title: { display: axis.title != null, text: axis.title ?? '' },
  };
}

function optionsOf(spec, clickHandler) {
  const horizontal = spec.kind === 'HorizontalBar';
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    // Readers who ask their system for less motion get charts drawn at once.
    animation: matchMedia('(prefers-reduced-motion: reduce)').matches ? false : undefined,
    indexAxis: horizontal ? 'y' : 'x',
    plugins: {
      legend: { display: spec.showLegend, position: 'bottom' },
      tooltip: {
        callbacks: {
          // Tooltips show the dashboard's own formatting (万/亿, qualifiers), not Chart.js's.
          label: ctx => `${ctx.dataset.label}: ${ctx.dataset.display?.[ctx.dataIndex] ?? ctx.formattedValue}`,
        },
      },
    },
    onClick: (_, elements) => {
      const hit = elements.find(e => e.datasetIndex < spec.series.length);
      if (hit && clickHandler) {
        clickHandler.invokeMethodAsync('OnChartClick', hit.datasetIndex, hit.index);
      }
    },
  };
  if (spec.kind !== 'Doughnut') {
    const valueAxis = horizontal ? 'x' : 'y';
    const categoryAxis = horizontal ? 'y' : 'x';
    options.scales = {
      [categoryAxis]: { stacked: spec.stacked, title: { display: spec.categoryTitle != null, text: spec.categoryTitle ?? '' } },
      [valueAxis]: axisOf(spec.valueAxis, spec.stacked, horizontal ? 'bottom' : 'left'),
    };
    if (spec.secondaryAxis) {
      options.scales.y1 = { ...axisOf(spec.secondaryAxis, false, 'right'), grid: { drawOnChartArea: false } };
    }
  }
  return options;
}

export async function create(canvas, spec, clickHandler) {
  const Chart = await loadChartJs();
  if (!canvas.isConnected) {
    return; // Removed from the page while Chart.js loaded: nothing to draw, nothing to leave behind.
  }
  Chart.getChart(canvas)?.destroy();
  const chart = new Chart(canvas, {
    type: spec.kind === 'Doughnut' ? 'doughnut' : spec.kind === 'Line' ? 'line' : 'bar',
    data: { labels: spec.labels, datasets: datasetsOf(spec) },
    options: optionsOf(spec, clickHandler),
  });
  chart.$dashboardShape = shapeOf(spec);
}

// Same shape: new numbers go into the existing chart, which animates to them instead of flickering.
export async function update(canvas, spec, clickHandler) {
  const Chart = await loadChartJs();
  const chart = Chart.getChart(canvas);
  if (!chart || chart.$dashboardShape !== shapeOf(spec)) {
    return create(canvas, spec, clickHandler);
  }
  chart.data.labels = spec.labels;
  datasetsOf(spec).forEach((dataset, i) => Object.assign(chart.data.datasets[i], dataset));
  chart.options = optionsOf(spec, clickHandler);
  chart.update();
}

export function destroy(canvas) {
  globalThis.Chart?.getChart(canvas)?.destroy();
}
