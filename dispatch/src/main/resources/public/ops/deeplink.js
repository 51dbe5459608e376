// A link to one job, as the alerts to ops carry it (`/?job=42`): once the queue is loaded, the job's row is opened
// (its detail loaded) and scrolled into view. An escalated or breached job is open, so the queue's default filter shows it.
import { loadReports, renderQueue } from './queue.js';
import { state } from './state.js';

/** The job the page's address names, or null. */
export function linkedJob() {
  const id = Number(new URLSearchParams(location.search).get('job'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Opens the linked job's row, if the address names one. */
export async function openLinkedJob() {
  const id = linkedJob();
  if (id === null || state.expanded.has(id)) return;
  state.expanded.add(id);
  await loadReports(id);
  renderQueue();
  const row = document.getElementById('job-' + id);
  if (row) row.scrollIntoView({ block: 'center' });
}
