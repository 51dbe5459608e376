// The queue view: the jobs soonest due first, filtered by status, city, brand and crew, with a countdown that ticks;
// a row opens into the job's detail (ops/detail.js).
import { api } from '../common/api.js';
import { el, say } from '../common/dom.js';
import { when, handle } from '../common/format.js';
import { timeLeft } from '../common/sla.js';
import { detailRow } from './detail.js';
import { OPEN, STATUSES, askOrder, crewOf, isOpen, replaceJobs, state } from './state.js';
import { renderSummary } from './summary.js';

const queue = {};
/** The order of the last list asked for: a list that lands after a later one was asked for is dropped. */
let listAsked = 0;

export function buildQueue() {
  queue.city = el('select', { id: 'filter-city', onchange: onFilter });
  queue.brand = el('select', { id: 'filter-brand', onchange: onFilter });
  queue.crew = el('select', { id: 'filter-crew', onchange: onFilter });
  queue.status = el('select', { id: 'filter-status', onchange: onStatusFilter },
    el('option', { value: 'open' }, 'open (reported … en route)'),
    el('option', { value: 'all' }, 'all'),
    STATUSES.map(function (s) { return el('option', { value: s }, s === 'restocked' ? 'restocked (to verify)' : s.replace('_', ' ')); }));
  queue.body = el('tbody', { id: 'jobs' });
  queue.toVerify = el('span', { id: 'to-verify-count', className: 'count' });
  return el('section', { id: 'view-queue', className: 'view' },
    el('form', { className: 'filters', onsubmit: function (e) { e.preventDefault(); } },
      el('label', {}, 'Status ', queue.status),
      el('label', {}, 'City ', queue.city),
      el('label', {}, 'Brand ', queue.brand),
      el('label', {}, 'Crew ', queue.crew),
      el('button', { type: 'button', onclick: clearFilters }, 'Clear filters'),
      el('button', { type: 'button', id: 'to-verify', className: 'to-verify', onclick: showToVerify,
        title: 'Restocked jobs waiting for ops to check the proof' }, 'To verify', queue.toVerify)),
    el('div', { className: 'table-wrap' },
      el('table', { className: 'queue' },
        el('thead', {}, el('tr', {},
          ['Time left', 'Outlet', 'Where', 'Product', 'Reports', 'Reporters', 'Crew', 'Status', 'First report'].map(function (h) {
            return el('th', { scope: 'col' }, h);
          }))),
        queue.body)));
}

function onFilter() {
  state.filters.city = queue.city.value;
  state.filters.brand = queue.brand.value;
  state.filters.crew = queue.crew.value;
  renderQueue();
}

function onStatusFilter() {
  state.filters.status = queue.status.value;
  loadJobs();
}

function clearFilters() {
  state.filters = { status: 'open', city: '', brand: '', crew: '' };
  queue.status.value = 'open';
  queue.city.value = '';
  queue.brand.value = '';
  queue.crew.value = '';
  loadJobs();
}

/** The restocked jobs, waiting for ops to check what the crew sent. */
function showToVerify() {
  state.filters.status = 'restocked';
  queue.status.value = 'restocked';
  loadJobs();
}

export async function loadJobs() {
  const wanted = state.filters.status === 'open' ? OPEN.slice() : state.filters.status === 'all' ? [null] : [state.filters.status];
  // The restocked jobs are always loaded, whatever is shown: the "To verify" count is theirs.
  if (wanted.indexOf(null) < 0 && wanted.indexOf('restocked') < 0) wanted.push('restocked');
  const order = askOrder();
  listAsked = order;
  try {
    const lists = await Promise.all(wanted.map(function (status) {
      return api('/api/jobs?limit=1000' + (status ? '&status=' + encodeURIComponent(status) : ''));
    }));
    // The page's first list may land after a live event fetched a job it did not know yet, a filter's list after the
    // next filter's: the list asked for last is drawn, with every copy fetched after it was asked for.
    if (order !== listAsked) return;
    replaceJobs([].concat.apply([], lists), order);
    renderQueue();
  } catch (e) {
    say('Cannot load the jobs: ' + e.message, 'error');
  }
}

function statusPasses(job) {
  const wanted = state.filters.status;
  if (wanted === 'all') return true;
  if (wanted === 'open') return isOpen(job);
  return job.status === wanted;
}

function passes(job) {
  return statusPasses(job)
    && (!state.filters.city || job.city === state.filters.city)
    && (!state.filters.brand || job.brand === state.filters.brand)
    && (!state.filters.crew || (state.filters.crew === '-' ? !crewOf(job) : crewOf(job) === state.filters.crew));
}

function fillSelect(select, values, allLabel, extra) {
  // Rebuilt only when the choices change, so that an open drop-down is not pulled from under the user.
  const signature = values.join('\u0001');
  if (select.getAttribute('data-values') === signature) return;
  select.setAttribute('data-values', signature);
  const current = select.value;
  const options = [el('option', { value: '' }, allLabel)];
  if (extra) options.push(extra);
  values.forEach(function (v) { options.push(el('option', { value: v }, v)); });
  select.replaceChildren.apply(select, options);
  select.value = values.indexOf(current) >= 0 || (extra && extra.value === current) ? current : '';
}

function distinct(fn) {
  const set = new Set();
  state.jobs.forEach(function (job) { const v = fn(job); if (v) set.add(v); });
  return Array.from(set).sort();
}

export function renderQueue() {
  const now = Date.now();
  fillSelect(queue.city, distinct(function (j) { return j.city; }), 'every city');
  fillSelect(queue.brand, distinct(function (j) { return j.brand; }), 'every brand');
  const crews = new Set(distinct(crewOf));
  state.crews.forEach(function (c) { crews.add(c.id); });
  fillSelect(queue.crew, Array.from(crews).sort(), 'every crew', el('option', { value: '-' }, 'no crew'));
  state.filters.city = queue.city.value;
  state.filters.brand = queue.brand.value;
  state.filters.crew = queue.crew.value;

  const shown = Array.from(state.jobs.values()).filter(passes).sort(function (a, b) {
    return Date.parse(a.due_at) - Date.parse(b.due_at) || a.id - b.id;
  });
  state.rows = new Map();
  const rows = [];
  const kept = new Map();
  if (shown.length === 0) {
    rows.push(el('tr', {}, el('td', { colSpan: 9, className: 'empty' },
      state.jobs.size === 0 ? 'No jobs yet: reports appear here as they come in.' : 'No job matches these filters.')));
  }
  shown.forEach(function (job) {
    // A row, and an opened job's detail, are rebuilt only when the job changed: a half-made choice in the detail
    // (a crew picked, a reason typed) survives the events of other jobs.
    const before = state.built.get(job.id) || {};
    const rowKey = [job.updated_at, job.status, crewOf(job), job.report_count, state.fresh.has(job.id), state.expanded.has(job.id)].join('|');
    const built = { rowKey: rowKey };
    if (before.rowKey === rowKey) {
      built.row = before.row;
      built.left = before.left;
    } else {
      built.row = jobRow(job, now);
      built.left = built.row.querySelector('td.left');
    }
    if (isOpen(job)) state.rows.set(job.id, { row: built.row, left: built.left, dueAt: job.due_at });
    rows.push(built.row);
    if (state.expanded.has(job.id)) {
      const loaded = state.reports.get(job.id);
      // What was loaded for an older state of the job (a restock arrived live) is loaded again.
      if (loaded && !loaded.pending && loaded.at !== job.updated_at) loadReports(job.id);
      const detailKey = [job.updated_at, job.status, crewOf(job), state.crews.length,
        loaded ? (loaded.error || loaded.reports.length) + '|' + loaded.at : 'loading'].join('|');
      built.detailKey = detailKey;
      built.detail = before.detailKey === detailKey ? before.detail : detailRow(job, renderQueue);
      rows.push(built.detail);
    }
    kept.set(job.id, built);
  });
  state.built = kept;
  const same = rows.length === queue.body.children.length && rows.every(function (row, i) { return queue.body.children[i] === row; });
  if (!same) queue.body.replaceChildren.apply(queue.body, rows);
  let toVerify = 0;
  state.jobs.forEach(function (job) { if (job.status === 'restocked') toVerify++; });
  queue.toVerify.textContent = toVerify > 0 ? String(toVerify) : '';
  renderSummary(now);
}

function jobRow(job, now) {
  const open = isOpen(job);
  const left = el('td', { className: 'left' }, open ? timeLeft(job.due_at, now) : 'done');
  const row = el('tr', {
    id: 'job-' + job.id,
    className: 'job ' + (open ? state.sla.urgency(job.due_at, now) : 'closed') + (state.fresh.has(job.id) ? ' fresh' : '')
      + (state.expanded.has(job.id) ? ' expanded' : ''),
    'data-job-id': job.id,
    tabIndex: 0,
    'aria-expanded': state.expanded.has(job.id) ? 'true' : 'false',
    onclick: function () { toggle(job.id); },
    onkeydown: function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(job.id); } }
  },
    left,
    el('td', { className: 'outlet' }, job.outlet_name || job.outlet_id, el('small', {}, job.outlet_id)),
    el('td', {}, [job.locality, job.city].filter(Boolean).join(', ')),
    el('td', {}, job.sku || ('any ' + (job.brand || ''))),
    el('td', { className: 'num' }, String(job.report_count)),
    el('td', { className: 'reporters' }, (job.reporters || []).map(handle).join(', ')),
    el('td', {}, crewOf(job) || (job.uncovered ? el('span', { className: 'badge warn' }, 'uncovered') : '—')),
    el('td', {}, el('span', { className: 'badge status-' + job.status }, job.status.replace('_', ' '))),
    el('td', { className: 'when' }, when(job.first_reported_at || job.created_at)));
  return row;
}

function toggle(id) {
  if (state.expanded.has(id)) {
    state.expanded.delete(id);
  } else {
    state.expanded.add(id);
    loadReports(id);
  }
  renderQueue();
}

/**
 * What an opened job's detail shows: what was said about it, the job as GET /api/jobs/{id} gives it (the crew's proof,
 * a failure's reason) and its history. Kept with the job's updated_at, so that a change loads it again.
 */
export async function loadReports(id) {
  const job = state.jobs.get(id);
  const at = job ? job.updated_at : null;
  const before = state.reports.get(id);
  if (before) before.pending = true;
  const [reports, detail, events, crews] = await Promise.all([
    settle('/api/jobs/' + id + '/reports'), settle('/api/jobs/' + id), settle('/api/jobs/' + id + '/events'),
    job && isOpen(job) ? settle('/api/jobs/' + id + '/crews') : { value: null }]);
  // offered: the active crews that cover the job, or null where the dispatcher cannot tell (every crew is offered then)
  const loaded = { at: at, reports: reports.value || [], detail: detail.value, events: events.value, eventsError: events.error,
    offered: crews.value || null };
  if (reports.error) loaded.error = reports.error;
  state.reports.set(id, loaded);
  if (state.expanded.has(id)) renderQueue();
}

async function settle(path) {
  try {
    return { value: await api(path) };
  } catch (e) {
    return { error: e.status === 404 ? 'Not available: GET ' + path + ' (' + e.message + ')' : e.message };
  }
}

/** Every second: the countdowns and colours of the open rows, without rebuilding them. */
export function tick() {
  const now = Date.now();
  state.rows.forEach(function (r) {
    r.left.textContent = timeLeft(r.dueAt, now);
    const u = state.sla.urgency(r.dueAt, now);
    if (!r.row.classList.contains(u)) {
      r.row.classList.remove('ok', 'warning', 'breached');
      r.row.classList.add(u);
    }
  });
}

/** Opens one job's detail in the queue (a link from the map): the queue shown, filters that would hide it cleared. */
export function openJob(id) {
  const tab = document.querySelector('.tab[data-view="queue"]');
  if (tab) tab.click();
  const job = state.jobs.get(id);
  if (job && !passes(job)) clearFilters();
  if (!state.expanded.has(id)) {
    state.expanded.add(id);
    loadReports(id);
  }
  renderQueue();
  const row = document.getElementById('job-' + id);
  if (row) row.scrollIntoView({ block: 'center' });
}
