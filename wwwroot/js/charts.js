// Draws a ChartSpec (Components/Controls/Chart/ChartSpec.cs) with Chart.js. Chart.js is served from
// wwwroot/lib (installed from npm by the build) and loaded on first use, so pages without charts skip it; pages
// with charts ask for it in their head (ChartJsChart.razor), so it is there when the circuit starts.

const palette = ['#c62828', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#4e342e', '#546e7a', '#9e9d24'];

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

// Axis text, grid and target colours come from the theme's styles (--chart-*, set per palette); they are read each
// time a chart is drawn, and charts are redrawn when the theme on screen changes.
function themeOf(canvas) {
  const style = getComputedStyle(canvas);
  const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  return { text: read('--chart-text', '#424242'), grid: read('--chart-grid', '#e0e0e0'), target: read('--chart-target', '#212121') };
}

function shapeOf(spec) {
  return [spec.kind, spec.stacked, spec.secondaryAxis != null, spec.series.length, spec.targetLines.length,
    ...spec.series.map(s => `${s.asLine}/${s.onSecondaryAxis}`)].join('|');
}

function datasetsOf(spec, theme) {
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
    borderColor: theme.target,
    borderDash: [6, 4],
    borderWidth: 2,
    pointRadius: 0,
    pointHitRadius: 0,
    fill: false,
    order: -1,
  }));
  return [...series, ...targets];
}

function colorsOf(theme) {
  return {
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { color: theme.text },
    title: { color: theme.text },
  };
}

function axisOf(axis, stacked, position, theme) {
  const colors = colorsOf(theme);
  const fixedTicks = axis.ticks;
  return {
    type: axis.scale === 'Logarithmic' ? 'logarithmic' : 'linear',
    position,
    stacked,
    beginAtZero: axis.scale !== 'Logarithmic',
    min: axis.min ?? undefined,
    max: axis.max ?? undefined,
    ...colors,
    title: { ...colors.title, display: axis.title != null, text: axis.title ?? '' },
    // Ticks the spec places (powers of ten on a log axis) replace Chart.js's 2s and 5s, worded by the dashboard's formatter.
    afterBuildTicks: fixedTicks ? scale => { scale.ticks = fixedTicks.map(t => ({ value: t.value })); } : undefined,
    ticks: { ...colors.ticks, callback: fixedTicks ? (_, i) => fixedTicks[i]?.display : undefined },
  };
}

function categoryAxisOf(spec, theme) {
  const colors = colorsOf(theme);
  const horizontal = spec.kind === 'HorizontalBar';
  return {
    ...colors,
    stacked: spec.stacked,
    title: { ...colors.title, display: spec.categoryTitle != null, text: spec.categoryTitle ?? '' },
    // Every 市州 and industry is named; Chart.js would otherwise drop labels it finds crowded. Labels turn
    // as far as upright on a phone, where 21 of them share 350 pixels; beside horizontal bars they go on more lines.
    // (A callback given as undefined would replace Chart.js's own, which names the category, with its index.)
    ticks: {
      ...colors.ticks,
      autoSkip: false,
      maxRotation: 90,
      ...(horizontal ? { callback(value) { return onLines(this.getLabelForValue(value), this); } } : {}),
    },
  };
}

// A name beside horizontal bars takes at most 45% of the chart's width: a longer one (全国劳动模范和先进工作者（2025）
// on a phone) is put on more lines, broken at a space or before a bracket where it can be, rather than cut off at the
// chart's edge. A bar has the height for about 15 pixels a line in three quarters of the chart's height; what does not
// fit in those lines ends in "…" (the tooltip names it in full).
function onLines(label, scale) {
  const { chart, ctx } = scale;
  const limit = chart.width * 0.45;
  const room = Math.max(1, Math.floor((chart.height * 0.75) / chart.data.labels.length / 15));
  ctx.save();
  ctx.font = globalThis.Chart.helpers.toFont(scale.options.ticks.font).string;
  const width = text => ctx.measureText(text).width;
  const longestFitting = (text, end = '') => {
    let fits = 1;
    while (fits < text.length && width(text.slice(0, fits + 1) + end) <= limit) {
      fits++;
    }
    return fits;
  };
  const lines = [];
  let rest = String(label);
  while (width(rest) > limit && lines.length < room - 1) {
    const fits = longestFitting(rest);
    const soft = Math.max(rest.lastIndexOf(' ', fits), rest.lastIndexOf('(', fits), rest.lastIndexOf('（', fits));
    const at = soft > 0 ? soft : fits;
    lines.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  lines.push(width(rest) > limit ? rest.slice(0, longestFitting(rest, '…')).trimEnd() + '…' : rest);
  ctx.restore();
  return lines.length === 1 ? lines[0] : lines;
}

function optionsOf(spec, clickHandler, theme) {
  const horizontal = spec.kind === 'HorizontalBar';
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    color: theme.text,
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
      [categoryAxis]: categoryAxisOf(spec, theme),
      [valueAxis]: axisOf(spec.valueAxis, spec.stacked, horizontal ? 'bottom' : 'left', theme),
    };
    if (spec.secondaryAxis) {
      const secondary = axisOf(spec.secondaryAxis, false, 'right', theme);
      options.scales.y1 = { ...secondary, grid: { ...secondary.grid, drawOnChartArea: false } };
    }
  }
  return options;
}

export async function create(canvas, spec, clickHandler) {
  const Chart = await loadChartJs();
  if (!canvas.isConnected) {
    return; // Removed from the page while Chart.js loaded: nothing to draw, nothing to leave behind.
  }
  watchTheme();
  Chart.getChart(canvas)?.destroy();
  const theme = themeOf(canvas);
  const chart = new Chart(canvas, {
    type: spec.kind === 'Doughnut' ? 'doughnut' : spec.kind === 'Line' ? 'line' : 'bar',
    data: { labels: spec.labels, datasets: datasetsOf(spec, theme) },
    // A new chart is drawn at once: growing it from zero kept its numbers from the reader for Chart.js's default second.
    // Updates (redraw sets the options again) still animate from the old numbers to the new.
    options: { ...optionsOf(spec, clickHandler, theme), animation: false },
  });
  chart.$dashboardShape = shapeOf(spec);
  chart.$dashboardDrawn = { spec, clickHandler };
}

// Same shape: new numbers go into the existing chart, which animates to them instead of flickering.
export async function update(canvas, spec, clickHandler) {
  const Chart = await loadChartJs();
  const chart = Chart.getChart(canvas);
  if (!chart || chart.$dashboardShape !== shapeOf(spec)) {
    return create(canvas, spec, clickHandler);
  }
  redraw(chart, spec, clickHandler);
  chart.update();
}

function redraw(chart, spec, clickHandler) {
  const theme = themeOf(chart.canvas);
  chart.data.labels = spec.labels;
  datasetsOf(spec, theme).forEach((dataset, i) => Object.assign(chart.data.datasets[i], dataset));
  chart.options = optionsOf(spec, clickHandler, theme);
  chart.$dashboardDrawn = { spec, clickHandler };
}

let themeWatcher;

// The theme on screen changes when the layout's data-theme does (light, dark, system), and under "system" when the
// system's own mode does; charts then take its colours.
function watchTheme() {
  if (themeWatcher) {
    return;
  }
  const redrawAll = () => {
    for (const chart of Object.values(globalThis.Chart.instances)) {
      if (chart.$dashboardDrawn) {
        redraw(chart, chart.$dashboardDrawn.spec, chart.$dashboardDrawn.clickHandler);
        chart.update('none');
      }
    }
  };
  themeWatcher = new MutationObserver(redrawAll);
  themeWatcher.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redrawAll);
}

export function destroy(canvas) {
  globalThis.Chart?.getChart(canvas)?.destroy();
}
