// The replies view: the messages written back to reporters and what became of them (sent, failed with the reason,
// opted out, skipped, waiting), filtered by outcome. Read from GET /api/replies (the replies service, ops only);
// when replies are off on this dispatcher the view says so. Handles and reasons reach the page as text only.
import { api } from '../common/api.js';
import { el } from '../common/dom.js';
import { when, handle } from '../common/format.js';

const OUTCOMES = ['sent', 'failed', 'opted_out', 'skipped', 'pending', 'sending'];
const replies = {};

export function buildReplies() {
  replies.filter = el('select', { id: 'filter-reply', 'aria-label': 'outcome', onchange: loadReplies },
    el('option', { value: '' }, 'all'),
    OUTCOMES.map(function (o) { return el('option', { value: o }, o.replace('_', ' ')); }));
  replies.box = el('div', { id: 'replies' }, el('p', { className: 'muted' }, 'Loading…'));
  return el('section', { id: 'view-replies', className: 'view', hidden: true },
    el('p', { className: 'muted' }, 'Messages written back to reporters when their report became a job and when the shelf was restocked.'),
    el('form', { className: 'filters', onsubmit: function (e) { e.preventDefault(); } },
      el('label', {}, 'Outcome ', replies.filter),
      el('button', { type: 'button', onclick: loadReplies }, 'Refresh')),
    replies.box);
}

/** Lists asked for so far: an answer that lands after a later list was asked for (another outcome chosen) is dropped. */
let asked = 0;

/** The newest replies of the chosen outcome. */
export async function loadReplies() {
  const mine = ++asked;
  const outcome = replies.filter.value;
  let items;
  try {
    items = await api('/api/replies?limit=200' + (outcome ? '&status=' + encodeURIComponent(outcome) : ''));
  } catch (e) {
    if (mine !== asked) return;
    replies.box.replaceChildren(el('p', { className: 'notice' + (e.status === 404 ? '' : ' error'), id: 'replies-unavailable' },
      e.status === 404 ? 'Replies to reporters are off on this dispatcher (replies.enabled=false).' : 'Cannot load the replies: ' + e.message));
    return;
  }
  // Two outcomes chosen in a row may answer in either order: the list of the one chosen last is drawn.
  if (mine !== asked) return;
  if (items.length === 0) {
    replies.box.replaceChildren(el('p', { className: 'muted' }, outcome ? 'No reply ' + outcome.replace('_', ' ') + '.' : 'No reply yet.'));
    return;
  }
  replies.box.replaceChildren(el('div', { className: 'table-wrap' },
    el('table', { className: 'replies' },
      el('thead', {}, el('tr', {}, ['Outcome', 'To', 'Source', 'Kind', 'Job', 'When', 'Reason'].map(function (h) {
        return el('th', { scope: 'col' }, h);
      }))),
      el('tbody', { id: 'reply-rows' }, items.map(replyRow)))));
}

function replyRow(r) {
  const outcome = r.outcome || r.status;
  return el('tr', { className: 'reply ' + outcome, 'data-reply-id': r.id, 'data-outcome': outcome },
    el('td', {}, el('span', { className: 'badge reply-' + outcome }, outcome.replace('_', ' '))),
    el('td', {}, handle(r.reporter_handle)),
    el('td', {}, r.source),
    el('td', {}, r.kind === 'job_opened' ? 'job opened' : r.kind),
    el('td', {}, '#' + r.job_id),
    el('td', {}, when(r.sent_at || r.planned_at)),
    el('td', { className: 'reason' }, r.reason || ''));
}
