// The crew page without a network: the service worker (/crew-sw.js) keeps the page and the last job list; the crew's
// actions (claim, accept, on my way, restocked with units, note, photo and location, cannot do it) go into a queue
// (queue.js) when the phone is offline, and are sent in order when it is back, each with its Idempotency-Key, so that
// an action sent twice (an answer lost on the way) lands once. A banner says "Offline — 2 actions waiting"; each result
// is a toast, and an action the dispatcher refused (the job was taken away meanwhile) is shown on the job's card.
import { api } from '../common/api.js';
import { el, say } from '../common/dom.js';
import * as queue from './queue.js';

/** The status a job shows while an action on it waits. */
const AFTER = { accept: 'accepted', 'en-route': 'en_route', complete: 'restocked', fail: 'failed' };
/** An action in words, for the toasts and the card. */
const NAMES = { claim: 'claim next job', accept: 'accept', 'en-route': 'on my way', complete: 'restocked', fail: 'cannot do it' };

let crewId = null;
let pending = [];
let copyFrom = null;
let flushing = null;
let afterSending = function () {};
/** Actions the dispatcher refused, by job id: { outlet, what, message }. */
const refused = new Map();

window.addEventListener('online', function () {
  banner();
  if (crewId) flush();
});
window.addEventListener('offline', banner);

/**
 * Starts for a signed-in crew: the banner, the queue left from before (sent now when online), and the service worker.
 * options.reload: reloads the job list (after the queue is sent); options.warm: loads what a reload offline needs
 * through the worker once it controls the page (body[data-offline-ready=yes] then).
 */
export async function start(me, options) {
  crewId = me.crew_id;
  copyFrom = null;
  refused.clear();
  afterSending = options.reload;
  await count();
  if (navigator.onLine && pending.length > 0) flush();
  registerWorker(options.warm);
}

async function registerWorker(warm) {
  if (!('serviceWorker' in navigator)) {
    // Not a secure context (plain http to another host than localhost): the page works, online only.
    document.body.setAttribute('data-offline-ready', 'unsupported');
    return;
  }
  try {
    await navigator.serviceWorker.register('/crew-sw.js', { scope: '/crew' });
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise(function (resolve) { navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }); });
    }
    // The files this page loaded (its modules as they are today) are kept for a reload without a network.
    const urls = [location.pathname].concat(performance.getEntriesByType('resource').map(function (entry) { return entry.name; })
      .filter(function (url) { return url.startsWith(location.origin + '/') && !url.startsWith(location.origin + '/api/'); }));
    await new Promise(function (resolve) {
      navigator.serviceWorker.addEventListener('message', function kept(event) {
        if (event.data && event.data.type === 'kept') {
          navigator.serviceWorker.removeEventListener('message', kept);
          resolve();
        }
      });
      navigator.serviceWorker.controller.postMessage({ type: 'keep', urls: urls });
    });
    await warm();
    document.body.setAttribute('data-offline-ready', 'yes');
  } catch (e) {
    console.warn('the crew page will not work offline: its service worker did not start', e);
    document.body.setAttribute('data-offline-ready', 'failed');
  }
}

/**
 * Takes an action: sent at once when online and nothing waits before it, else queued. action: { kind ('claim',
 * 'accept', 'en-route', 'complete', 'fail'), job_id, outlet, body, photo }. Resolves with { queued: true } or
 * { queued: false, result } (the API's answer); throws the API's error when it refused the action.
 */
export async function act(action) {
  Object.assign(action, { crew_id: crewId, key: queue.newKey(), photo_key: action.photo ? queue.newKey() : null, photo_ref: null,
    queued_at: new Date().toISOString() });
  if (navigator.onLine && pending.length === 0 && !flushing) {
    try {
      return { queued: false, result: await send(action) };
    } catch (e) {
      // No answer: it may or may not have landed. Queued with the same keys, it lands once either way.
      if (e.status !== 0) throw e;
    }
  }
  action.seq = await queue.add(action);
  await count();
  if (navigator.onLine) flush();
  return { queued: true };
}

/** Sends the waiting actions in order; one flush at a time. */
export function flush() {
  if (!flushing) {
    flushing = drain().finally(function () { flushing = null; });
  }
  return flushing;
}

async function drain() {
  let answered = 0;
  for (const action of await queue.waiting(crewId)) {
    try {
      const result = await send(action);
      await queue.remove(action.seq);
      refused.delete(action.job_id);
      say(sentText(action, result), 'ok');
    } catch (e) {
      // Still no network, or the dispatcher cannot answer now: this action and those after it wait, in order.
      if (e.status === 0 || e.status === 429 || e.status >= 500) break;
      await queue.remove(action.seq);
      if (action.job_id != null) refused.set(action.job_id, { outlet: action.outlet, what: NAMES[action.kind], message: e.message });
      say((action.job_id != null ? 'Job #' + action.job_id + ': ' : '') + 'your “' + NAMES[action.kind] + '” taken offline was not applied: ' + e.message, 'error');
    }
    answered++;
    await count();
  }
  await count();
  if (answered > 0) await afterSending();
}

function sentText(action, result) {
  if (action.kind === 'claim') {
    return result ? 'Claimed job #' + result.id + ' at ' + (result.outlet_name || result.outlet_id) + ' (taken offline).' : 'Nothing was left to claim in your area (taken offline).';
  }
  return 'Job #' + action.job_id + ': ' + result.status.replace('_', ' ') + ' (taken offline, sent now).';
}

/** One action's requests, each with its own Idempotency-Key: the photo first, then the move that names it. */
async function send(action) {
  if (action.photo && !action.photo_ref) {
    const data = new FormData();
    data.append('photo', action.photo, action.photo.name || 'photo');
    const sent = await api('/api/jobs/' + action.job_id + '/photos', { method: 'POST', body: data, headers: { 'Idempotency-Key': action.photo_key } });
    action.photo_ref = sent.photo_ref;
    if (action.seq != null) await queue.put(action);
  }
  if (action.kind === 'claim') {
    return api('/api/claims', { method: 'POST', headers: { 'Idempotency-Key': action.key } });
  }
  const body = Object.assign({}, action.body || {});
  if (action.photo_ref) body.photo_ref = action.photo_ref;
  return api('/api/jobs/' + action.job_id + '/' + action.kind, { method: 'POST', json: body, headers: { 'Idempotency-Key': action.key } });
}

async function count() {
  try {
    pending = crewId ? await queue.waiting(crewId) : [];
  } catch (e) {
    console.error('cannot read the queue of actions taken offline', e);
  }
  banner();
}

/** Tells the banner whether the job list shown is a copy (the network failed), and from when (an ISO time) or null. */
export function showingCopy(savedAt) {
  copyFrom = savedAt;
  banner();
}

/** How many actions wait. */
export function waitingCount() {
  return pending.length;
}

/** The jobs as the crew will see them once the waiting actions land: each job's status after its last waiting action. */
export function view(jobs) {
  const last = new Map();
  pending.forEach(function (action) { if (action.job_id != null) last.set(action.job_id, action); });
  return jobs.map(function (job) {
    const action = last.get(job.id);
    return action ? Object.assign({}, job, { status: AFTER[action.kind], waiting: NAMES[action.kind] }) : job;
  });
}

/** What the dispatcher answered to a refused action on the job, or undefined. */
export function refusal(jobId) {
  return refused.get(jobId);
}

/** The refused actions of jobs not in the list (taken away meanwhile): [{ job_id, outlet, what, message }]. */
export function refusalsOutside(jobIds) {
  const out = [];
  refused.forEach(function (r, id) { if (jobIds.indexOf(id) < 0) out.push(Object.assign({ job_id: id }, r)); });
  return out;
}

/** Forgets a refusal once the crew has read it. */
export function dismiss(jobId) {
  refused.delete(jobId);
}

function banner() {
  let node = document.getElementById('offline-banner');
  if (!node) {
    node = el('div', { id: 'offline-banner', className: 'offline-banner', role: 'status' });
    const header = document.querySelector('header');
    if (header) header.after(node);
    else document.body.prepend(node);
  }
  const n = pending.length;
  const waiting = n === 1 ? '1 action waiting' : n + ' actions waiting';
  const asOf = copyFrom ? 'jobs as of ' + new Date(copyFrom).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
  let text = '';
  if (!navigator.onLine || copyFrom) {
    text = 'Offline — ' + (n > 0 ? waiting : 'what you do is kept and sent when you are back') + (asOf ? ' · ' + asOf : '');
  } else if (n > 0) {
    text = 'Sending — ' + waiting;
  }
  node.textContent = text;
  node.hidden = !text;
  document.body.setAttribute('data-waiting', String(n));
}
