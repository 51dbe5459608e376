// The counts in the ops page's header: open, breached, under the SLA warning, uncovered, and the live stream's state.
import { el } from '../common/dom.js';
import { state, isOpen, crewOf } from './state.js';

export function renderSummary(now) {
  let open = 0, breached = 0, warning = 0, uncovered = 0;
  state.jobs.forEach(function (job) {
    if (!isOpen(job)) return;
    open++;
    const u = state.sla.urgency(job.due_at, now);
    if (u === 'breached') breached++;
    if (u === 'warning') warning++;
    if (job.uncovered && !crewOf(job)) uncovered++;
  });
  const summary = document.getElementById('summary');
  summary.replaceChildren(
    el('span', { id: 'open-count' }, open + ' open'),
    el('span', { className: 'breached' }, breached + ' breached'),
    el('span', { className: 'warning' }, warning + ' under ' + state.sla.warning),
    el('span', {}, uncovered + ' uncovered'),
    el('span', { id: 'live', className: 'live ' + state.live }, state.live === 'live' ? '● live' : '○ ' + state.live));
}
