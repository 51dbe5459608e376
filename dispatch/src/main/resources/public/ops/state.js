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
