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

export function isOpen(job) {
  return OPEN.indexOf(job.status) >= 0;
}

export function crewOf(job) {
  return job.crew_id || '';
}

/** Forgets what the views hold (a new sign-in); the SLA colours are set again by it. */
export function resetState() {
  state.jobs = new Map();
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
