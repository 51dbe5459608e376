// Live updates of the ops page: the job events over SSE fetch the jobs they name (or the whole list after a burst),
// and when the stream is refused the queue is polled instead.
import { api, follow } from '../common/api.js';
import { every } from '../common/session.js';
import { loadMap } from './map.js';
import { loadJobs, loadReports, renderQueue } from './queue.js';
import { askOrder, keepJob, state } from './state.js';
import { renderSummary } from './summary.js';

/** Follows the job events from now on. */
export function startLive() {
  polling = false;
  follow(onJobEvent, onLive);
}

// Events arrive in bursts: fetch each touched job once per burst.
const pending = new Set();
let flushTimer = null;

function onJobEvent(event) {
  const id = event.job_id;
  if (!id) return;
  pending.add(id);
  if (!flushTimer) flushTimer = setTimeout(flush, 150);
}

async function flush() {
  flushTimer = null;
  const ids = Array.from(pending);
  pending.clear();
  if (ids.length > 12) {
    // A burst (a replay, a backlog after a reconnect): one list call instead of a call per job.
    ids.forEach(function (id) { if (!state.jobs.has(id)) state.fresh.set(id, Date.now()); });
    await loadJobs();
    ids.forEach(function (id) { if (state.expanded.has(id)) loadReports(id); });
    if (state.view === 'map') loadMap();
    forgetFreshLater();
    return;
  }
  await Promise.all(ids.map(async function (id) {
    try {
      const order = askOrder();
      const job = await api('/api/jobs/' + id);
      const known = state.jobs.has(id);
      if (!keepJob(job, order)) return;
      if (!known) state.fresh.set(id, Date.now());
      if (state.expanded.has(id)) loadReports(id);
    } catch (e) {
      console.error('cannot refresh job', id, e);
    }
  }));
  renderQueue();
  if (state.view === 'map') loadMap();
  forgetFreshLater();
}

/** New rows flash for 8 s: after a burst as after a few single events (a burst used to leave them lit). */
function forgetFreshLater() {
  setTimeout(function () {
    const cutoff = Date.now() - 8000;
    const before = state.fresh.size;
    state.fresh.forEach(function (at, id) { if (at < cutoff) state.fresh.delete(id); });
    if (state.fresh.size !== before) renderQueue();
  }, 9000);
}

let polling = false;

function onLive(live) {
  const was = state.live;
  state.live = live;
  // After a gap the stream resends what was missed (Last-Event-ID), but a fresh load is cheap and certain.
  if (live === 'live' && was === 'reconnecting') loadJobs();
  if (live === 'closed' && !polling) {
    // No live stream (refused or not served): the queue still refreshes, less often.
    state.live = 'polling every 15 s';
    polling = true;
    every(15000, loadJobs);
  }
  renderSummary(Date.now());
}
