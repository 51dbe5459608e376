// The crew page: today's jobs in route order, claim next, accept, en route, complete with units, note and photo.
// Small on purpose (a slow phone connection): no library, one list call per change, live updates over SSE.
// Post texts and names are untrusted: they reach the page only through el() text nodes.
// Offline (crew/offline.js): the page and the last jobs come from the service worker, actions wait in a queue.
import { api, follow, request } from './common/api.js';
import { el, say } from './common/dom.js';
import { every, signIn, startSession } from './common/session.js';
import { slaColours, timeLeft } from './common/sla.js';
import * as offline from './crew/offline.js';
import { buildRound, loadRound } from './crew-round.js';

const main = document.getElementById('main');
const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
let list;
let sla;
let me;
let jobs = [];
let shown = '';
const said = new Map();
/**
 * Every job this page has listed, by id: its outlet's name. A reload may drop a job's card before the event that took
 * the job arrives; the event still finds what to say.
 */
const listed = new Map();
/** Loads of the list asked for so far: an answer that lands after a later load was asked for is older than it. */
let loadsAsked = 0;
/**
 * Jobs an event or a tap took from this crew, by id: how many loads had been asked for by then. A load asked for
 * before still lists the job; its answer must not bring the card back.
 */
const departed = new Map();

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
  const asked = ++loadsAsked;
  try {
    // Offline, the service worker's copy is asked for at once; it also gives it when the network fails. The banner says
    // from when the copy is.
    const response = await request('/api/my/jobs', navigator.onLine ? {} : { headers: { 'X-Prefer-Copy': 'yes' } });
    const list = await response.json();
    // Two loads in flight (a claim's and an event's) may answer in either order: the one asked for last is drawn.
    if (asked !== loadsAsked) return;
    offline.showingCopy(response.headers.get('X-Offline-Copy'));
    departed.forEach(function (at, id) { if (at < asked) departed.delete(id); });
    jobs = list.filter(function (j) { return !departed.has(j.id); });
    jobs.forEach(function (j) { listed.set(j.id, j.outlet_name || j.outlet_id); });
    redrawIfChanged();
  } catch (e) {
    say('Cannot load your jobs: ' + e.message, 'error');
  }
}

/** Redraws only when something changed, so that a half-typed completion is not wiped by an unrelated event. */
function redrawIfChanged() {
  const signature = JSON.stringify(offline.view(jobs).map(function (j) { return [j.id, j.status, j.due_at, j.report_count, j.waiting]; }))
    + JSON.stringify(offline.refusalsOutside([]));
  if (signature !== shown) {
    shown = signature;
    render();
    // Offline the last stops stay as they were: the round is not kept by the service worker.
    if (navigator.onLine) loadRound();
  }
}

function ordered() {
  return offline.view(jobs).sort(function (a, b) {
    const ra = a.route_order, rb = b.route_order;
    if (ra != null && rb != null && ra !== rb) return ra - rb;
    return Date.parse(a.due_at) - Date.parse(b.due_at) || a.id - b.id;
  });
}

function render() {
  const now = Date.now();
  const refusedElsewhere = offline.refusalsOutside(jobs.map(function (j) { return j.id; })).map(refusedCard);
  if (jobs.length === 0) {
    list.replaceChildren.apply(list, refusedElsewhere.concat([el('li', { className: 'card empty' }, 'No jobs right now. Claim the next one when you are free.')]));
    return;
  }
  list.replaceChildren.apply(list, refusedElsewhere.concat(ordered().map(function (job, i) { return card(job, i, now); })));
}

/** A job no longer on the list whose action, taken offline, the dispatcher refused: why, until the crew dismisses it. */
function refusedCard(r) {
  return el('li', { className: 'card job-card refused', id: 'refused-' + r.job_id, role: 'alert' },
    el('div', { className: 'outlet' }, 'Job #' + r.job_id + (r.outlet ? ' · ' + r.outlet : '')),
    el('p', { className: 'refused-note' }, 'Your “' + r.what + '” taken offline was not applied: ' + r.message + '.'),
    el('button', { type: 'button', onclick: function () { offline.dismiss(r.job_id); shown = ''; render(); } }, 'Dismiss'));
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
    job.waiting ? el('p', { className: 'waiting-note' }, 'Waiting to send: “' + job.waiting + '” (taken offline)') : null,
    offline.refusal(job.id) ? el('p', { className: 'refused-note', role: 'alert' }, 'Your “' + offline.refusal(job.id).what
      + '” taken offline was not applied: ' + offline.refusal(job.id).message + '.') : null,
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
    el('option', { value: 'no_stock_in_van' }, 'no stock in van'),
    // The shelf was stocked: the report was not a stock-out, the one failure rewards' fraud rules read.
    el('option', { value: 'shelf_full' }, 'shelf already full'));
  return el('details', { className: 'fail' }, el('summary', {}, 'Cannot do it'),
    reason, el('button', { type: 'button', className: 'danger', onclick: function () { move(job, 'fail', { reason: reason.value }); } }, 'Report failure'));
}

function completeForm(job) {
  const units = el('input', { type: 'number', name: 'units', min: 0, max: 100000, step: 1, required: true, inputMode: 'numeric', className: 'units' });
  const note = el('textarea', { name: 'note', rows: 2, maxLength: 500, className: 'note' });
  const photo = el('input', { type: 'file', name: 'photo', accept: 'image/jpeg,image/png', capture: 'environment', className: 'photo' });
  const here = el('input', { type: 'checkbox', name: 'location', className: 'location' });
  const form = el('form', { className: 'complete-form', onsubmit: async function (e) {
    e.preventDefault();
    const count = Number(units.value);
    if (units.value === '' || !Number.isInteger(count) || count < 0) { say('Units restocked: a whole number.', 'error'); units.focus(); return; }
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      const body = { units_restocked: count };
      if (note.value.trim()) body.note = note.value.trim();
      const file = photo.files.length > 0 ? photo.files[0] : null;
      if (file && file.size > MAX_PHOTO_BYTES) throw new Error('the photo is larger than 2 MB');
      if (here.checked) Object.assign(body, await position());
      // The photo goes up first, then the completion that names it (crew/offline.js), now or when back online.
      await move(job, 'complete', body, file);
    } catch (err) {
      say('Cannot complete: ' + err.message, 'error');
    } finally {
      submit.disabled = false;
    }
  } },
    el('label', {}, 'Units restocked', units),
    el('label', {}, 'Note (optional)', note),
    el('label', {}, 'Photo (optional, JPEG or PNG, up to 2 MB)', photo),
    el('label', { className: 'check' }, here, 'Send where I am (device location)'),
    el('button', { type: 'submit', className: 'primary big complete' }, 'Complete'));
  return el('div', { className: 'job-actions' }, form, failButton(job));
}

/** The device's position as {latitude, longitude}, or {} (said in a toast) when it cannot be had. */
function position() {
  return new Promise(function (resolve) {
    if (!navigator.geolocation) {
      say('This phone cannot tell its location; completing without it.', 'error');
      resolve({});
      return;
    }
    navigator.geolocation.getCurrentPosition(function (p) { resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }); },
      function (e) { say('No location (' + e.message + '); completing without it.', 'error'); resolve({}); },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });
}

/** A move on a job (photo: a File for a completion, or none): sent now, or queued on the phone while offline. */
async function move(job, name, body, photo) {
  try {
    const outcome = await offline.act({ kind: name, job_id: job.id, outlet: job.outlet_name || job.outlet_id, body: body, photo: photo || null });
    if (outcome.queued) {
      say('Job #' + job.id + ': kept on this phone; it is sent when you are back online.', '');
      shown = '';
      render();
      return;
    }
    say('Job #' + job.id + ': ' + outcome.result.status.replace('_', ' ') + '.', 'ok');
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
  // An event for a job this page never listed, or one already said, says nothing.
  if (!card && event && !listed.has(id)) return;
  const name = card ? card.querySelector('.outlet').textContent : (listed.get(id) || '');
  listed.delete(id);
  departed.set(id, loadsAsked);
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
    const outcome = await offline.act({ kind: 'claim', job_id: null, body: null, photo: null });
    if (outcome.queued) {
      say('Your claim is kept on this phone; it is sent when you are back online.', '');
      return;
    }
    const job = outcome.result;
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
  listed.clear();
  departed.clear();
  me = await signIn(main, ['crew'], 'crew page');
  if (!me) return;
  sla = slaColours(me.sla_warning_before_seconds);
  build();
  await offline.start(me, { reload: load, warm: function () { return Promise.all([api('/api/me'), load()]); } });
  await load();
  // The countdowns tick without redrawing the cards (a half-typed completion stays).
  every(30000, function () {
    // Actions still waiting (the dispatcher could not answer a moment ago) are tried again.
    if (navigator.onLine && offline.waitingCount() > 0) offline.flush();
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
