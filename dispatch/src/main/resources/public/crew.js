// The crew page: today's jobs in route order, claim next, accept, en route, complete with units, note and photo.
// Small on purpose (a slow phone connection): no library, one list call per change, live updates over SSE.
// Post texts and names are untrusted: they reach the page only through el() text nodes.
import { api, follow } from './common/api.js';
import { el, say } from './common/dom.js';
import { every, signIn, startSession } from './common/session.js';
import { slaColours, timeLeft } from './common/sla.js';
import { buildRound, loadRound } from './crew-round.js';

const main = document.getElementById('main');
const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
let list;
let sla;
let me;
let jobs = [];
let shown = '';
const said = new Map();

function build() {
  list = el('ol', { id: 'my-jobs', className: 'route' });
  main.replaceChildren(
    el('div', { className: 'crew-actions' },
      el('button', { type: 'button', id: 'claim-next', className: 'primary big', onclick: claimNext }, 'Claim next job'),
      el('button', { type: 'button', id: 'refresh', className: 'big', onclick: load }, 'Refresh')),
    buildRound(),
    list);
}

async function load() {
  try {
    jobs = await api('/api/my/jobs');
    // Redraw only when something changed, so that a half-typed completion is not wiped by an unrelated event.
    const signature = JSON.stringify(jobs.map(function (j) { return [j.id, j.status, j.due_at, j.report_count]; }));
    if (signature !== shown) {
      shown = signature;
      render();
      loadRound();
    }
  } catch (e) {
    say('Cannot load your jobs: ' + e.message, 'error');
  }
}

function ordered() {
  return jobs.slice().sort(function (a, b) {
    const ra = a.route_order, rb = b.route_order;
    if (ra != null && rb != null && ra !== rb) return ra - rb;
    return Date.parse(a.due_at) - Date.parse(b.due_at) || a.id - b.id;
  });
}

function render() {
  const now = Date.now();
  if (jobs.length === 0) {
    list.replaceChildren(el('li', { className: 'card empty' }, 'No jobs right now. Claim the next one when you are free.'));
    return;
  }
  list.replaceChildren.apply(list, ordered().map(function (job, i) { return card(job, i, now); }));
}

function card(job, i, now) {
  const km = job.distance_km;
  const order = job.route_order || i + 1;
  const at = job.outlet_location;
  return el('li', { className: 'card job-card ' + sla.urgency(job.due_at, now), id: 'job-' + job.id, 'data-job-id': job.id, 'data-status': job.status },
    el('div', { className: 'job-head' },
      el('span', { className: 'stop' }, String(order)),
      el('div', {},
        el('div', { className: 'outlet' }, job.outlet_name || job.outlet_id),
        el('div', { className: 'muted' }, [job.locality, job.city].filter(Boolean).join(', '), km != null ? ' · ' + Number(km).toFixed(1) + ' km' : ''))),
    el('div', { className: 'job-facts' },
      el('span', {}, job.sku || ('any ' + (job.brand || ''))),
      el('span', { className: 'left', 'data-due': job.due_at }, timeLeft(job.due_at, now)),
      el('span', { className: 'badge status-' + job.status }, job.status.replace('_', ' ')),
      el('span', {}, job.report_count + (job.report_count === 1 ? ' report' : ' reports'))),
    at ? el('a', { className: 'directions', href: 'geo:' + at.lat + ',' + at.lon }, 'Open in maps') : null,
    el('details', { ontoggle: function (e) { if (e.target.open) loadSaid(job.id); } },
      el('summary', {}, 'What people said'), saidList(job.id)),
    actions(job));
}

function saidList(id) {
  const loaded = said.get(id);
  if (!loaded) return el('p', { className: 'muted' }, '…');
  if (loaded.error) return el('p', { className: 'muted' }, loaded.error);
  return el('ul', { className: 'mentions' }, loaded.reports.map(function (r) {
    return el('li', { className: 'mention' }, el('blockquote', { className: 'mention-text' }, r.text || ''));
  }));
}

async function loadSaid(id) {
  if (said.has(id)) return;
  try {
    said.set(id, { reports: await api('/api/jobs/' + id + '/reports') });
  } catch (e) {
    said.set(id, { error: e.status === 404 ? 'Not available.' : e.message });
  }
  const node = document.querySelector('#job-' + id + ' details');
  if (node) node.replaceChildren(el('summary', {}, 'What people said'), saidList(id));
}

function actions(job) {
  if (job.status === 'assigned') {
    return el('div', { className: 'job-actions' }, button('Accept', 'accept', function () { move(job, 'accept', {}); }), failButton(job));
  }
  if (job.status === 'accepted') {
    return el('div', { className: 'job-actions' }, button('On my way', 'en-route', function () { move(job, 'en-route', {}); }), failButton(job));
  }
  if (job.status === 'en_route') {
    return completeForm(job);
  }
  return null;
}

function button(label, name, onclick) {
  return el('button', { type: 'button', className: 'primary big ' + name, onclick: onclick }, label);
}

function failButton(job) {
  const reason = el('select', { className: 'fail-reason', 'aria-label': 'why not' },
    el('option', { value: 'outlet_closed' }, 'outlet closed'),
    el('option', { value: 'owner_refused' }, 'owner refused'),
    el('option', { value: 'no_stock_in_van' }, 'no stock in van'));
  return el('details', { className: 'fail' }, el('summary', {}, 'Cannot do it'),
    reason, el('button', { type: 'button', className: 'danger', onclick: function () { move(job, 'fail', { reason: reason.value }); } }, 'Report failure'));
}

function completeForm(job) {
  const units = el('input', { type: 'number', name: 'units', min: 0, max: 100000, step: 1, required: true, inputMode: 'numeric', className: 'units' });
  const note = el('textarea', { name: 'note', rows: 2, maxLength: 500, className: 'note' });
  const photo = el('input', { type: 'file', name: 'photo', accept: 'image/jpeg,image/png', capture: 'environment', className: 'photo' });
  const form = el('form', { className: 'complete-form', onsubmit: async function (e) {
    e.preventDefault();
    const count = Number(units.value);
    if (units.value === '' || !Number.isInteger(count) || count < 0) { say('Units restocked: a whole number.', 'error'); units.focus(); return; }
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      const body = { units_restocked: count };
      if (note.value.trim()) body.note = note.value.trim();
      if (photo.files.length > 0) {
        const file = photo.files[0];
        if (file.size > MAX_PHOTO_BYTES) throw new Error('the photo is larger than 2 MB');
        say('Sending the photo…');
        const data = new FormData();
        data.append('photo', file);
        const sent = await api('/api/jobs/' + job.id + '/photos', { method: 'POST', body: data });
        body.photo_ref = sent.photo_ref;
      }
      await move(job, 'complete', body);
    } catch (err) {
      say('Cannot complete: ' + err.message, 'error');
    } finally {
      submit.disabled = false;
    }
  } },
    el('label', {}, 'Units restocked', units),
    el('label', {}, 'Note (optional)', note),
    el('label', {}, 'Photo (optional, JPEG or PNG, up to 2 MB)', photo),
    el('button', { type: 'submit', className: 'primary big complete' }, 'Complete'));
  return el('div', { className: 'job-actions' }, form, failButton(job));
}

async function move(job, name, body) {
  try {
    const updated = await api('/api/jobs/' + job.id + '/' + name, { method: 'POST', json: body });
    say('Job #' + job.id + ': ' + updated.status.replace('_', ' ') + '.', 'ok');
    await load();
  } catch (e) {
    if (e.status === 403 || e.status === 404 || e.status === 409) {
      // A stale card: the job may have left this crew (reassigned, taken back, cancelled) while the page was away.
      await load();
      if (!jobs.some(function (j) { return j.id === job.id; })) {
        gone(job.id, null);
        return;
      }
    }
    say('Job #' + job.id + ': ' + e.message, 'error');
  }
}

/**
 * A job that left this crew: its card goes and a toast says why. event: the job event that took it (reassigned to
 * another crew, taken back, cancelled), or null when the page found out on a tap.
 */
function gone(id, event) {
  const card = document.getElementById('job-' + id);
  if (!card && event) return;
  const name = card ? card.querySelector('.outlet').textContent : '';
  if (card) card.remove();
  jobs = jobs.filter(function (j) { return j.id !== id; });
  shown = '';
  if (jobs.length === 0) render();
  const what = !event ? 'is no longer yours: it went to someone else, was taken back or was cancelled'
    : event.to_status === 'cancelled' ? 'was cancelled by ops' + (event.reason ? ' (' + event.reason + ')' : '')
    : event.to_status === 'reported' ? 'was taken back by ops' + (event.reason ? ' (' + event.reason + ')' : '')
    : 'went to another crew';
  say('Job #' + id + (name ? ' at ' + name : '') + ' ' + what + '.', '');
}

/** Whether a job event takes the job away from this crew. */
function takesAway(event) {
  return event.to_status === 'cancelled' || event.crew_id !== me.crew_id;
}

async function claimNext() {
  try {
    const job = await api('/api/claims', { method: 'POST' });
    say(job ? 'Claimed job #' + job.id + ' at ' + (job.outlet_name || job.outlet_id) + '.' : 'Nothing left to claim in your area.', job ? 'ok' : '');
    await load();
  } catch (e) {
    say('Cannot claim: ' + e.message, 'error');
  }
}

async function start() {
  // A new sign-in (a token pasted over the page) starts from nothing.
  jobs = [];
  shown = '';
  said.clear();
  me = await signIn(main, ['crew'], 'crew page');
  if (!me) return;
  sla = slaColours(me.sla_warning_before_seconds);
  build();
  await load();
  // The countdowns tick without redrawing the cards (a half-typed completion stays).
  every(30000, function () {
    const now = Date.now();
    list.querySelectorAll('.left[data-due]').forEach(function (span) {
      span.textContent = timeLeft(span.getAttribute('data-due'), now);
      const card = span.closest('.job-card');
      const urgency = sla.urgency(span.getAttribute('data-due'), now);
      if (card && !card.classList.contains(urgency)) {
        card.classList.remove('ok', 'warning', 'breached');
        card.classList.add(urgency);
      }
    });
  });
  let reloadTimer = null;
  follow(function (event) {
    // The stream carries this crew's jobs' events, and those of jobs taken from it: such a job's card goes at once.
    if (takesAway(event)) gone(event.job_id, event);
    // Otherwise reload the (short) list once per burst.
    if (!reloadTimer) reloadTimer = setTimeout(function () { reloadTimer = null; load(); }, 300);
  }, function (live) { document.body.setAttribute('data-live', live); });
}

startSession(start);
