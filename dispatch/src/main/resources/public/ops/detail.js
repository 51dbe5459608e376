// An opened job of the queue: what was said about it (with a link to each original post that has one), what the crew
// sent with a restock (units, note, photo, where the phone was) or why it could not, the job's history, and the moves
// ops make on it (assign or reassign, cancel, verify).
import { api, request } from '../common/api.js';
import { el, fill, say } from '../common/dom.js';
import { when, handle } from '../common/format.js';
import { notifiedLine } from './notified.js';
import { askOrder, crewOf, isOpen, keepJob, state } from './state.js';

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
        el('div', { className: 'meta' }, handle(r.reporter_handle), ' · ', r.source || '', ' · ', when(r.reported_at),
          postLink(r.url)),
        el('blockquote', { className: 'mention-text' }, r.text || ''));
    }));
  }
  const open = isOpen(job);
  const reason = el('input', { type: 'text', className: 'cancel-reason', placeholder: 'why cancel', 'aria-label': 'reason to cancel', maxLength: 200 });
  const actions = [];
  if (open && state.crews.length > 0) {
    actions.push(assignment(job, loaded ? loaded.offered : undefined, changed));
  } else if (open) {
    actions.push(el('p', { className: 'muted' }, 'No crews to assign to (GET /api/crews is empty or not available).'));
  }
  if (job.status === 'assigned') {
    actions.push(el('div', { className: 'action' }, el('button', { type: 'button', className: 'take-back', onclick: function () {
      act(job, 'unassign', {}, 'taken back from ' + crewOf(job) + ': it is in the queue again', changed);
    }, title: 'The job goes back to the queue; the crew is told' }, 'Take back from ' + crewOf(job))));
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
      el('div', { className: 'said' }, el('h3', {}, 'What was said'), said, outcome(job, loaded), history(loaded)),
      el('div', { className: 'actions' }, el('h3', {}, 'Job #' + job.id), el('p', { className: 'muted' },
        'due ', when(job.due_at), ' · first report ', when(job.first_reported_at)), notifiedLine(job), actions)));
  // Clicks inside the detail must not fold it.
  cell.addEventListener('click', function (e) { e.stopPropagation(); });
  return el('tr', { className: 'detail-row', id: 'job-' + job.id + '-detail' }, cell);
}

/**
 * Assign or reassign: the active crews that cover the job's outlet (offered), or with "show all crews" every crew,
 * a crew outside its territory then sent with the override the job's history records. offered: undefined while it
 * loads, null where the dispatcher cannot tell (every crew is offered, and the server asks for the override).
 */
function assignment(job, offered, changed) {
  if (offered === undefined) return el('p', { className: 'muted' }, 'Loading the crews that cover this job…');
  const covering = new Set((offered || []).map(function (c) { return c.id; }));
  const showAll = el('input', { type: 'checkbox', className: 'show-all-crews' });
  const crewSelect = el('select', { className: 'reassign-crew', 'aria-label': 'crew' });
  const button = el('button', { type: 'button', className: 'primary reassign', onclick: function () {
    const crew = crewSelect.value;
    const override = offered !== null && !covering.has(crew);
    act(job, 'assign', override ? { crew_id: crew, override: true } : { crew_id: crew },
      'given to ' + crew + (override ? ' (outside its territory: the override is recorded in the job\'s history)' : ''), changed);
  } }, crewOf(job) ? 'Reassign' : 'Assign');
  const none = el('p', { className: 'muted no-covering-crew' }, 'No active crew covers this job\'s locality; "show all crews" to send one anyway.');
  function fillCrews() {
    const crews = showAll.checked || offered === null ? state.crews : offered;
    fill(crewSelect, crews.map(function (c) {
      const note = c.active === false ? ' — inactive' : offered !== null && !covering.has(c.id) ? ' — outside its territory' : '';
      return el('option', { value: c.id, selected: c.id === crewOf(job), disabled: c.active === false }, c.name + ' (' + c.id + ')' + note);
    }));
    const empty = crews.length === 0;
    button.disabled = empty;
    none.hidden = !empty;
  }
  showAll.addEventListener('change', fillCrews);
  fillCrews();
  return el('div', { className: 'assignment' },
    el('div', { className: 'action' }, el('label', {}, (crewOf(job) ? 'Reassign to ' : 'Assign to '), crewSelect), button),
    none,
    offered === null ? null : el('label', { className: 'show-all' }, showAll, ' show all crews (outside the job\'s territory: recorded as an override)'));
}

/** A link to the original post, only to an https address (the server builds it from the mention's id). */
function postLink(url) {
  if (typeof url !== 'string' || url.indexOf('https://') !== 0) return null;
  return [' · ', el('a', { className: 'post-link', href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original post')];
}

const FAILURES = {
  outlet_closed: 'outlet closed', owner_refused: 'owner refused', no_stock_in_van: 'no stock in van', shelf_full: 'shelf already full'
};

/** What the crew sent with its restock, or why it could not restock; nothing for a job that has neither. */
function outcome(job, loaded) {
  const detail = loaded && loaded.detail;
  if (!detail) return null;
  if (detail.failure_reason) {
    return el('div', { className: 'outcome failed' }, el('h3', {}, 'Why it failed'),
      el('p', { className: 'failure-reason' }, FAILURES[detail.failure_reason] || detail.failure_reason),
      detail.failure_note ? el('blockquote', { className: 'mention-text failure-note' }, detail.failure_note) : null);
  }
  const proof = detail.proof;
  if (!proof) return null;
  const facts = [
    fact('Units restocked', String(proof.units_restocked)),
    fact('By', proof.restocked_by + ' · ' + when(proof.restocked_at)),
    fact('Phone was at', where(proof, job.outlet_location))
  ];
  // The photo first, floated beside the facts and the note.
  return el('div', { className: 'outcome proof', id: 'job-' + job.id + '-proof' }, el('h3', {}, 'What the crew sent'),
    proof.photo_url ? photo(proof.photo_url) : null,
    el('dl', { className: 'facts' }, facts, proof.photo_url ? null : fact('Photo', 'none')),
    proof.note ? el('blockquote', { className: 'mention-text proof-note' }, proof.note) : el('p', { className: 'muted' }, 'No note.'));
}

function fact(name, value) {
  return [el('dt', {}, name), el('dd', {}, value)];
}

/** The phone's location, and how far it was from the outlet when the registry knows where that is. */
function where(proof, outlet) {
  if (proof.latitude == null || proof.longitude == null) return 'not sent';
  const at = proof.latitude.toFixed(5) + ', ' + proof.longitude.toFixed(5);
  if (!outlet) return at;
  const metres = Math.round(distanceKm(proof.latitude, proof.longitude, outlet.lat, outlet.lon) * 1000);
  return at + ' (' + (metres < 1000 ? metres + ' m' : (metres / 1000).toFixed(1) + ' km') + ' from the outlet)';
}

function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const a = Math.pow(Math.sin((lat2 - lat1) * rad / 2), 2)
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.pow(Math.sin((lon2 - lon1) * rad / 2), 2);
  return 6371.0088 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const photos = new Map();

/** The proof photo: an img cannot send the bearer token, so it is fetched and shown from a blob (kept per address). */
function photo(path) {
  const img = el('img', { className: 'proof-photo', alt: 'photo the crew took' });
  const link = el('a', { className: 'proof-photo-link', target: '_blank', rel: 'noopener' }, img);
  if (!photos.has(path)) {
    photos.set(path, request(path).then(function (response) { return response.blob(); }).then(URL.createObjectURL));
  }
  photos.get(path).then(function (url) { img.src = url; link.href = url; }, function (e) {
    photos.delete(path);
    link.replaceWith(el('p', { className: 'notice error' }, 'Cannot show the photo: ' + e.message));
  });
  return link;
}

/** Every event of the job, oldest first, as GET /api/jobs/{id}/events gives them. */
function history(loaded) {
  if (!loaded || (!loaded.events && !loaded.eventsError)) return null;
  if (loaded.eventsError) return el('div', { className: 'history' }, el('h3', {}, 'History'), el('p', { className: 'muted' }, loaded.eventsError));
  return el('div', { className: 'history' }, el('h3', {}, 'History'),
    el('ol', { className: 'events' }, loaded.events.map(function (e) {
      const details = Object.keys(e.detail || {}).map(function (k) { return k + ' ' + e.detail[k]; }).join(', ');
      return el('li', { className: 'event event-' + e.kind.toLowerCase() },
        el('span', { className: 'meta' }, when(e.occurred_at)), ' ',
        el('strong', {}, what(e)), ' · ', e.actor + ' (' + e.actor_role + ')',
        e.crew_id ? ' · crew ' + e.crew_id : '', e.reason ? ' · ' + e.reason : '', details ? ' · ' + details : '');
    })));
}

function what(e) {
  if (e.kind === 'STATUS_CHANGED') return (e.from_status || '').replace('_', ' ') + ' → ' + e.to_status.replace('_', ' ');
  return e.kind.toLowerCase().replace(/_/g, ' ');
}

async function act(job, move, body, done, changed) {
  try {
    const order = askOrder();
    const updated = await api('/api/jobs/' + job.id + '/' + move, { method: 'POST', json: body });
    keepJob(updated, order);
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
