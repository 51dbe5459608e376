// The charts view: the dashboard's figures of the last days (GET /api/stats/overview), drawn as inline SVG.
import { api } from '../common/api.js';
import { el, svg } from '../common/dom.js';

const charts = {};

export function buildCharts() {
  charts.box = el('div', { id: 'charts', className: 'charts' }, el('p', { className: 'muted' }, 'Loading…'));
  charts.days = el('select', { id: 'chart-days', onchange: loadCharts },
    [7, 14, 30].map(function (d) { return el('option', { value: d }, 'last ' + d + ' days'); }));
  return el('section', { id: 'view-charts', className: 'view', hidden: true },
    el('form', { className: 'filters', onsubmit: function (e) { e.preventDefault(); } }, el('label', {}, 'Period ', charts.days)), charts.box);
}

export async function loadCharts() {
  let stats;
  try {
    stats = await api('/api/stats/overview?days=' + encodeURIComponent(charts.days.value));
  } catch (e) {
    charts.box.replaceChildren(el('p', { className: 'notice' + (e.status === 404 ? '' : ' error'), id: 'charts-unavailable' },
      e.status === 404 ? 'Not available: this dispatcher does not serve GET /api/stats/overview yet.' : 'Cannot load the charts: ' + e.message));
    return;
  }
  const share = stats.restocked_within_sla_share;
  const median = stats.median_hours_to_restock;
  const funnel = stats.funnel || {};
  // mentions is -1 when the dispatcher cannot count them.
  const mentions = funnel.mentions != null && funnel.mentions >= 0 ? funnel.mentions : null;
  charts.box.replaceChildren(
    el('div', { className: 'kpis' },
      kpi('Restocked within 48 h', share == null ? '—' : Math.round(share * 100) + ' %'),
      kpi('Median time to restock', median == null ? '—' : Number(median).toFixed(1) + ' h'),
      kpi('Mentions', mentions == null ? 'unknown' : mentions), kpi('Jobs', funnel.jobs)),
    chart('Reports per hour', bars((stats.reports_per_hour || []).map(function (r) {
      return { label: shortHour(r.hour), values: [r.count] };
    }), ['reports'])),
    chart('Jobs opened and closed per day', bars((stats.jobs_per_day || []).map(function (d) {
      return { label: String(d.day).slice(5), values: [d.opened, d.closed] };
    }), ['opened', 'closed'])),
    chart('Breaches per crew', hbars((stats.breaches_by_crew || []).map(function (b) {
      return { label: b.crew_id || 'unassigned', value: b.count };
    }), null)),
    chart('Funnel: mention → report → job → restocked', hbars([
      mentions == null ? null : { label: 'mentions', value: mentions }, { label: 'reports', value: funnel.reports || 0 },
      { label: 'jobs', value: funnel.jobs || 0 }, { label: 'restocked', value: funnel.restocked || 0 }].filter(Boolean), 'funnel')));
}

function shortHour(hour) {
  const d = new Date(hour);
  return isNaN(d) ? String(hour) : String(d.getHours()).padStart(2, '0') + 'h';
}

function kpi(label, value) {
  return el('div', { className: 'kpi' }, el('div', { className: 'kpi-value' }, value == null ? '—' : String(value)), el('div', { className: 'kpi-label' }, label));
}

function chart(title, body) {
  return el('figure', { className: 'chart' }, el('figcaption', {}, title), body);
}

/** Vertical bars, one group per item, a series per value. */
function bars(items, series) {
  if (items.length === 0) return el('p', { className: 'muted' }, 'Nothing in this period.');
  const W = 600, H = 200, B = 24, L = 34;
  const max = Math.max(1, Math.max.apply(null, items.map(function (i) { return Math.max.apply(null, i.values); })));
  const slot = (W - L) / items.length;
  const bw = Math.max(1, (slot - 2) / series.length);
  const nodes = [svg('line', { x1: L, y1: H - B, x2: W, y2: H - B, class: 'axis' }),
    svg('text', { x: L - 4, y: 12, 'text-anchor': 'end', class: 'tick' }, String(max)),
    svg('text', { x: L - 4, y: H - B, 'text-anchor': 'end', class: 'tick' }, '0')];
  const every = Math.ceil(items.length / 12);
  items.forEach(function (item, i) {
    item.values.forEach(function (v, s) {
      const h = (H - B - 16) * (v || 0) / max;
      nodes.push(svg('rect', { x: L + i * slot + 1 + s * bw, y: H - B - h, width: bw, height: h, class: 'bar s' + s },
        svg('title', {}, item.label + ': ' + (v || 0) + ' ' + series[s])));
    });
    if (i % every === 0) nodes.push(svg('text', { x: L + i * slot + slot / 2, y: H - 8, 'text-anchor': 'middle', class: 'tick' }, item.label));
  });
  if (series.length > 1) {
    series.forEach(function (name, s) {
      nodes.push(svg('rect', { x: W - 150 + s * 75, y: 2, width: 10, height: 10, class: 'bar s' + s }),
        svg('text', { x: W - 136 + s * 75, y: 11, class: 'tick' }, name));
    });
  }
  return svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart-svg', role: 'img' }, nodes);
}

/** Horizontal bars with their values; for the funnel, each bar's share of the first. */
function hbars(items, kind) {
  if (items.length === 0) return el('p', { className: 'muted' }, kind === 'funnel' ? 'Nothing yet.' : 'No breaches in this period.');
  const W = 600, row = 26, L = 120, H = items.length * row + 4;
  const max = Math.max(1, Math.max.apply(null, items.map(function (i) { return i.value; })));
  const nodes = [];
  items.forEach(function (item, i) {
    const w = (W - L - 90) * item.value / max;
    const share = kind === 'funnel' && items[0].value > 0 ? ' (' + Math.round(100 * item.value / items[0].value) + ' %)' : '';
    nodes.push(svg('text', { x: L - 6, y: i * row + 17, 'text-anchor': 'end', class: 'tick' }, item.label),
      svg('rect', { x: L, y: i * row + 4, width: Math.max(1, w), height: row - 8, class: 'bar ' + (kind === 'funnel' ? 's' + Math.min(i, 3) : 'breach') }),
      svg('text', { x: L + w + 6, y: i * row + 17, class: 'tick' }, String(item.value) + share));
  });
  return svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart-svg', role: 'img' }, nodes);
}