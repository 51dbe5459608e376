// The needs-location view: the reports the stage could not place at an outlet; ops place them or dismiss them.
import { api } from '../common/api.js';
import { el, say } from '../common/dom.js';
import { when, handle } from '../common/format.js';

const needs = {};

export function buildNeeds() {
  needs.box = el('div', { id: 'needs' }, el('p', { className: 'muted' }, 'Loading…'));
  return el('section', { id: 'view-needs', className: 'view', hidden: true },
    el('p', { className: 'muted' }, 'Reports the stage could not place at an outlet. Pick the outlet and the report joins or opens its job.'),
    needs.box);
}

/** Lists asked for so far: an answer that lands after a later list was asked for (a report placed meanwhile) is dropped. */
let asked = 0;

/** The open reports to place, and their count on the tab. */
export async function loadNeeds() {
  const mine = ++asked;
  let items;
  try {
    items = await api('/api/needs-location?status=open');
  } catch (e) {
    if (mine !== asked) return;
    needs.box.replaceChildren(el('p', { className: 'notice' + (e.status === 404 ? '' : ' error'), id: 'needs-unavailable' },
      e.status === 404 ? 'Not available: this dispatcher does not serve GET /api/needs-location yet.' : 'Cannot load the list: ' + e.message));
    document.getElementById('needs-count').textContent = '';
    return;
  }
  if (mine !== asked) return;
  document.getElementById('needs-count').textContent = items.length ? String(items.length) : '';
  if (items.length === 0) {
    needs.box.replaceChildren(el('p', { className: 'muted' }, 'Every report has an outlet.'));
    return;
  }
  needs.box.replaceChildren(el('ul', { className: 'needs-list' }, items.map(needsItem)));
}

function needsItem(item) {
  const candidates = item.candidates || [];
  const pick = el('select', { className: 'pick-outlet', 'aria-label': 'outlet' },
    el('option', { value: '' }, candidates.length ? 'pick an outlet…' : 'no candidates: type an outlet id'),
    candidates.map(function (c) { return el('option', { value: c.id }, c.name + ' — ' + (c.locality || '') + ' (' + c.id + ')'); }));
  const typed = el('input', { type: 'text', className: 'outlet-id', placeholder: 'or outlet id', 'aria-label': 'outlet id', maxLength: 64 });
  const li = el('li', { className: 'card needs-item', 'data-mention-id': item.mention_id },
    el('div', { className: 'meta' }, handle(item.reporter_handle), ' · ', when(item.reported_at), ' · ',
      [item.brand, item.sku].filter(Boolean).join(' / '), ' · ', [item.locality, item.city].filter(Boolean).join(', ') || 'no place named'),
    el('blockquote', { className: 'mention-text' }, item.text || ''),
    el('div', { className: 'action' }, pick, typed, el('button', { type: 'button', className: 'primary place', onclick: async function () {
      const outlet = typed.value.trim() || pick.value;
      if (!outlet) { say('Pick an outlet first.', 'error'); return; }
      try {
        const job = await api('/api/needs-location/' + encodeURIComponent(item.mention_id) + '/place', { method: 'POST', json: { outlet_id: outlet } });
        say('Placed at ' + outlet + (job && job.job_id ? ': job #' + job.job_id + (job.outcome ? ' (' + job.outcome + ')' : '') : '') + '.', 'ok');
        li.remove();
        loadNeeds();
      } catch (e) {
        say('Cannot place the report: ' + e.message, 'error');
      }
    } }, 'Place'),
    el('button', { type: 'button', className: 'dismiss', onclick: async function () {
      const reason = typed.value.trim() || 'not a stock-out at a known outlet';
      try {
        await api('/api/needs-location/' + encodeURIComponent(item.mention_id) + '/dismiss', { method: 'POST', json: { reason: reason } });
        say('Report dismissed.', 'ok');
        li.remove();
        loadNeeds();
      } catch (e) {
        say('Cannot dismiss the report: ' + e.message, 'error');
      }
    } }, 'Dismiss')));
  return li;
}