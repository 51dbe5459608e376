// What the four views of the ops page share: the jobs loaded, the crews, the queue's filters and open rows, the state
// of the live stream, the view shown and the SLA colours. One object, changed by the views and read by the others.

export const OPEN = ['reported', 'assigned', 'accepted', 'en_route'];
export const STATUSES = OPEN.concat(['restocked', 'verified', 'failed', 'cancelled']);

export const state = {
  jobs: new Map(),
  crews: [],
  filters: { status: 'open', city: '', brand: '', crew: '' },
  expanded: new Set(),
  reports: new Map(),
  fresh: new Map(),
  rows: new Map(),
  built: new Map(),
  live: 'connecting',
  view: 'queue',
  // Set at sign-in from the server's threshold (common/sla.js).
  sla: null
};

/**
 * Copies of jobs come from the list and from single-job fetches (a live event, an action's answer) whose answers may
 * land in any order: each copy keeps the order in which it was asked for, and an older one never replaces a newer.
 */
let asked = 0;
let askedAt = new Map();

/** The order of a request for jobs about to be sent. */
export function askOrder() {
  return ++asked;
}

/** Keeps a copy of a job asked for at order, unless the copy held was asked for later. Returns whether it kept it. */
export function keepJob(job, order) {
  if ((askedAt.get(job.id) || 0) > order) return false;
  state.jobs.set(job.id, job);
  askedAt.set(job.id, order);
  return true;
}

/** Takes a list asked for at order as the jobs, keeping the copies asked for after it (newer, or not listed yet). */
export function replaceJobs(list, order) {
  const jobs = new Map();
  const at = new Map();
  list.forEach(function (job) { jobs.set(job.id, job); at.set(job.id, order); });
  state.jobs.forEach(function (job, id) {
    const was = askedAt.get(id) || 0;
    if (was > order) {
      jobs.set(id, job);
      at.set(id, was);
    }
  });
  state.jobs = jobs;
  askedAt = at;
}

export function isOpen(job) {
  return OPEN.indexOf(job.status) >= 0;
}

export function crewOf(job) {
  return job.crew_id || '';
}

/** Forgets what the views hold (a new sign-in); the SLA colours are set again by it. */
export function resetState() {
  state.jobs = new Map();
  askedAt = new Map();
  state.crews = [];
  state.filters = { status: 'open', city: '', brand: '', crew: '' };
  state.expanded.clear();
  state.reports.clear();
  state.fresh.clear();
  state.rows = new Map();
  state.built = new Map();
  state.live = 'connecting';
  state.view = 'queue';
}
