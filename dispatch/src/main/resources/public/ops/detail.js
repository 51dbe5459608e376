// An opened job of the queue: what was said about it, and the moves ops make on it (assign or reassign, cancel, verify).
import { api } from '../common/api.js';
import { el, say } from '../common/dom.js';
import { when, handle } from '../common/format.js';
import { state, isOpen, crewOf } from './state.js';

/** The detail row of a job; changed() redraws the queue after a move. */
export function detailRow(job, changed) {
  const loaded = state.reports.get(job.id);
  let said;
  if (!loaded) {
    said = el('p', { className: 'muted' }, 'Loading what was said…');
  } else if (loaded.error) {
    said = el('p', { className: 'notice error' }, loaded.error);
  } else if (loaded.reports.length === 0) {
    said = el('p', { className: 'muted' }, 'No report texts kept for this job.');
  } else {
    said = el('ul', { className: 'mentions' }, loaded.reports.map(function (r) {
      return el('li', { className: 'mention' },
        el('div', { className: 'meta' }, handle(r.reporter_handle), ' · ', r.source || '', ' · ', when(r.reported_at)),
        el('blockquote', { className: 'mention-text' }, r.text || ''));
    }));
  }
  const open = isOpen(job);
  const crewSelect = el('select', { className: 'reassign-crew', 'aria-label': 'crew' },
    state.crews.map(function (c) {
      return el('option', { value: c.id, selected: c.id === crewOf(job) }, c.name + ' (' + c.id + ')' + (c.active === false ? ' — inactive' : ''));
    }));
  const reason = el('input', { type: 'text', className: 'cancel-reason', placeholder: 'why cancel', 'aria-label': 'reason to cancel', maxLength: 200 });
  const actions = [];
  if (open && state.crews.length > 0) {
    actions.push(el('div', { className: 'action' }, el('label', {}, (crewOf(job) ? 'Reassign to ' : 'Assign to '), crewSelect),
      el('button', { type: 'button', className: 'primary reassign', onclick: function () {
        act(job, 'assign', { crew_id: crewSelect.value }, 'given to ' + crewSelect.value, changed);
      } }, crewOf(job) ? 'Reassign' : 'Assign')));
  } else if (open) {
    actions.push(el('p', { className: 'muted' }, 'No crews to assign to (GET /api/crews is empty or not available).'));
  }
  if (open) {
    actions.push(el('div', { className: 'action' }, reason,
      el('button', { type: 'button', className: 'danger cancel', onclick: function () {
        if (!reason.value.trim()) { reason.focus(); say('Say why the job is cancelled.', 'error'); return; }
        act(job, 'cancel', { reason: reason.value.trim() }, 'cancelled', changed);
      } }, 'Cancel job')));
  }
  if (job.status === 'restocked') {
    actions.push(el('div', { className: 'action' }, el('button', { type: 'button', className: 'primary verify', onclick: function () {
      act(job, 'verify', {}, 'verified', changed);
    } }, 'Verify restock')));
  }
  const cell = el('td', { colSpan: 9 },
    el('div', { className: 'detail' },
      el('div', { className: 'said' }, el('h3', {}, 'What was said'), said),
      el('div', { className: 'actions' }, el('h3', {}, 'Job #' + job.id), el('p', { className: 'muted' },
        'due ', when(job.due_at), ' · first report ', when(job.first_reported_at)), actions)));
  // Clicks inside the detail must not fold it.
  cell.addEventListener('click', function (e) { e.stopPropagation(); });
  return el('tr', { className: 'detail-row', id: 'job-' + job.id + '-detail' }, cell);
}

async function act(job, move, body, done, changed) {
  try {
    const updated = await api('/api/jobs/' + job.id + '/' + move, { method: 'POST', json: body });
    state.jobs.set(updated.id, updated);
    say('Job #' + job.id + ' ' + done + '.', 'ok');
    changed();
  } catch (e) {
    // a crew outside the job's territory: the server asks for an explicit override, which it records
    if (move === 'assign' && e.status === 409 && /does not cover/.test(e.message) && !body.override
        && window.confirm(e.message + '. Assign anyway? The override is recorded in the job\'s history.')) {
      return act(job, move, Object.assign({}, body, { override: true }), done + ' (override)', changed);
    }
    say('Job #' + job.id + ': ' + e.message, 'error');
  }
}
