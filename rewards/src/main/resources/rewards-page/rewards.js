// The rewards page: the reporters whose reports were verified, the gifts queued for them with a preview of each
// note, CSV and JSON export, the gifts' status (address requested, shipped, delivered), and the reporters held by the
// fraud rules, with why, to release. Handles, notes and addresses are untrusted text: only el() text nodes.
import { api, request } from './common/api.js';
import { el, say } from './common/dom.js';
import { when, handle } from './common/format.js';
import { signIn, startSession } from './common/session.js';

const main = document.getElementById('main');
const f = {};
let gifts = [];
const selected = new Set();
const STATUSES = ['queued', 'address_requested', 'shipped', 'delivered'];
let me;

function statusName(s) {
  return (s || '').replace('_', ' ');
}

function build() {
  f.from = el('input', { type: 'date', id: 'filter-from' });
  f.to = el('input', { type: 'date', id: 'filter-to' });
  f.brand = el('input', { type: 'text', id: 'filter-brand', placeholder: 'any', size: 10 });
  f.city = el('input', { type: 'text', id: 'filter-city', placeholder: 'any', size: 10 });
  f.status = el('select', { id: 'filter-status' }, el('option', { value: '' }, 'any'),
    STATUSES.map(function (s) { return el('option', { value: s }, statusName(s)); }));
  f.reporters = el('tbody', { id: 'reporters' });
  f.gifts = el('tbody', { id: 'gifts' });
  f.preview = el('div', { id: 'note-preview', className: 'note-preview' }, el('p', { className: 'muted' }, 'Pick a gift to preview its note.'));
  f.all = el('input', { type: 'checkbox', id: 'select-all', 'aria-label': 'select every gift shown', onchange: function () {
    gifts.forEach(function (g) { if (f.all.checked) selected.add(g.id); else selected.delete(g.id); });
    renderGifts();
  } });
  f.ship = el('button', { type: 'button', id: 'mark-shipped', className: 'primary', onclick: function () { setStatus('shipped'); }, disabled: true }, 'Mark shipped');
  f.bulkStatus = el('select', { id: 'bulk-status', 'aria-label': 'new status of the selected gifts' },
    STATUSES.slice(1).map(function (s) { return el('option', { value: s }, statusName(s)); }));
  f.setStatus = el('button', { type: 'button', id: 'set-status', onclick: function () { setStatus(f.bulkStatus.value); }, disabled: true }, 'Set status');
  f.holds = el('tbody', { id: 'holds' });
  f.releases = el('ul', { id: 'releases', className: 'releases' });
  main.replaceChildren(
    el('form', { className: 'filters', onsubmit: function (e) { e.preventDefault(); load(); } },
      el('label', {}, 'From ', f.from), el('label', {}, 'To ', f.to), el('label', {}, 'Brand ', f.brand),
      el('label', {}, 'City ', f.city), el('label', {}, 'Gift status ', f.status),
      el('button', { type: 'submit', className: 'primary' }, 'Apply'),
      el('button', { type: 'button', id: 'export-csv', onclick: function () { exportGifts('csv'); } }, 'Export CSV'),
      el('button', { type: 'button', id: 'export-json', onclick: function () { exportGifts('json'); } }, 'Export JSON'),
      me.role === 'ops' ? el('button', { type: 'button', id: 'run-gifts', onclick: runGifts }, 'Run gift selection now') : null),
    el('section', {}, el('h2', {}, 'Gifts'),
      el('div', { className: 'rewards-grid' },
        el('div', { className: 'table-wrap' }, el('table', {},
          el('thead', {}, el('tr', {}, el('th', {}, f.all), ['Reporter', 'Source', 'Contact', 'Verified reports', 'Gift', 'Status', 'Queued'].map(function (h) {
            return el('th', { scope: 'col' }, h);
          }))), f.gifts)),
        el('aside', {}, el('h3', {}, 'Note preview'), f.preview)),
      el('div', { className: 'bulk' }, f.ship, el('label', {}, 'or set ', f.bulkStatus), f.setStatus)),
    el('section', { id: 'held' }, el('h2', {}, 'Held for review'),
      el('p', { className: 'muted' }, 'The fraud rules hold a reporter whose reports look wrong: no gifts and held credits until someone releases them.'),
      el('div', { className: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, ['Reporter', 'Source', 'Why held', 'Held since', 'Held credits', ''].map(function (h) { return el('th', { scope: 'col' }, h); }))),
        f.holds)),
      el('h3', {}, 'Released lately'), f.releases),
    el('section', {}, el('h2', {}, 'Reporters'),
      el('div', { className: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, ['Reporter', 'Source', 'Verified reports', 'Credits', 'Flag'].map(function (h) { return el('th', { scope: 'col' }, h); }))),
        f.reporters))));
}

/** The date range as the API takes it; null (after saying why) when From is after To. */
function rangeOk() {
  if (f.from.value && f.to.value && f.from.value > f.to.value) {
    say('The range is inverted: From (' + f.from.value + ') is after To (' + f.to.value + ').', 'error');
    return false;
  }
  return true;
}

function query(names) {
  const params = new URLSearchParams();
  const values = { from: f.from.value, to: f.to.value, brand: f.brand.value.trim(), city: f.city.value.trim(), status: f.status.value };
  names.forEach(function (n) { if (values[n]) params.set(n, values[n]); });
  const s = params.toString();
  return s ? '?' + s : '';
}

function unavailable(body, columns, e, route) {
  body.replaceChildren(el('tr', {}, el('td', { colSpan: columns, className: 'empty' + (e.status === 404 ? '' : ' error') },
    e.status === 404 ? 'Not available: this dispatcher does not serve ' + route + ' yet.' : e.message)));
}

/** Loads asked for so far: the answers of a load overtaken by a later one (Apply clicked again, a release) are dropped. */
let loadsAsked = 0;

async function load() {
  if (!rangeOk()) return;
  const asked = ++loadsAsked;
  const overtaken = function () { return asked !== loadsAsked; };
  try {
    const answer = await api('/api/rewards/gifts' + query(['from', 'to', 'brand', 'city', 'status']));
    if (overtaken()) return;
    gifts = answer;
    const ids = new Set(gifts.map(function (g) { return g.id; }));
    selected.forEach(function (id) { if (!ids.has(id)) selected.delete(id); });
    renderGifts();
  } catch (e) {
    if (overtaken()) return;
    gifts = [];
    unavailable(f.gifts, 8, e, 'GET /api/rewards/gifts');
  }
  try {
    const reporters = await api('/api/rewards/reporters' + query(['from', 'to', 'brand', 'city']));
    if (overtaken()) return;
    renderReporters(reporters);
  } catch (e) {
    if (overtaken()) return;
    unavailable(f.reporters, 5, e, 'GET /api/rewards/reporters');
  }
  await loadHolds(overtaken);
}

/** The holds and the releases; overtaken tells when a later load was asked for, whose answers are then drawn instead. */
async function loadHolds(overtaken) {
  try {
    const holds = await api('/api/rewards/flags');
    if (overtaken()) return;
    renderHolds(holds);
  } catch (e) {
    if (overtaken()) return;
    unavailable(f.holds, 6, e, 'GET /api/rewards/flags');
  }
  try {
    const releases = await api('/api/rewards/releases');
    if (overtaken()) return;
    renderReleases(releases);
  } catch (e) {
    if (overtaken()) return;
    f.releases.replaceChildren(el('li', { className: 'error' }, e.message));
  }
}

function renderHolds(list) {
  if (list.length === 0) {
    f.holds.replaceChildren(el('tr', {}, el('td', { colSpan: 6, className: 'empty' }, 'Nobody is held.')));
    return;
  }
  f.holds.replaceChildren.apply(f.holds, list.map(function (h) {
    return el('tr', { className: 'hold', 'data-reporter-id': h.reporter_id },
      el('td', { className: 'handle' }, handle(h.handle)), el('td', {}, h.source || ''),
      el('td', { className: 'reason' }, h.reason || ''), el('td', {}, when(h.held_at)),
      el('td', { className: 'num' }, String(h.held_credits)),
      el('td', {}, el('button', { type: 'button', className: 'release', onclick: function () { release(h); } }, 'Release')));
  }));
}

function renderReleases(list) {
  if (list.length === 0) {
    f.releases.replaceChildren(el('li', { className: 'muted' }, 'No releases yet.'));
    return;
  }
  f.releases.replaceChildren.apply(f.releases, list.map(function (r) {
    return el('li', { className: 'release-record' }, handle(r.handle), ' released by ', el('strong', {}, r.released_by), ' ', when(r.released_at),
      ' (' + r.released_credits + ' held credits; held for: ' + (r.reason || '') + ')');
  }));
}

async function release(h) {
  try {
    const answer = await api('/api/rewards/flags/' + encodeURIComponent(h.reporter_id) + '/release', { method: 'POST' });
    say(handle(h.handle) + ' released by ' + answer.released_by + ' (' + answer.released_credits + ' held credits).', 'ok');
    await load();
  } catch (e) {
    say('Cannot release ' + handle(h.handle) + ': ' + e.message, 'error');
  }
}

function renderGifts() {
  f.ship.disabled = selected.size === 0;
  f.setStatus.disabled = selected.size === 0;
  f.ship.textContent = selected.size ? 'Mark ' + selected.size + ' shipped' : 'Mark shipped';
  if (gifts.length === 0) {
    f.gifts.replaceChildren(el('tr', {}, el('td', { colSpan: 8, className: 'empty' }, 'No gifts match.')));
    return;
  }
  f.gifts.replaceChildren.apply(f.gifts, gifts.map(function (g) {
    const box = el('input', { type: 'checkbox', className: 'pick', checked: selected.has(g.id), 'aria-label': 'select gift ' + g.id,
      onchange: function () { if (box.checked) selected.add(g.id); else selected.delete(g.id); renderGifts(); } });
    return el('tr', { id: 'gift-' + g.id, 'data-gift-id': g.id, className: 'gift status-' + g.status, onclick: function (e) {
      if (e.target !== box) preview(g);
    } },
      el('td', {}, box), el('td', { className: 'handle' }, handle(g.handle)), el('td', {}, g.source || ''),
      el('td', {}, g.contact_channel || ''), el('td', { className: 'num' }, String(g.verified_reports)),
      el('td', {}, g.gift || ''), el('td', {}, el('span', { className: 'badge gift-' + g.status }, statusName(g.status)),
        g.delivery ? el('span', { className: 'badge ok address-given' }, 'address given') : null),
      el('td', {}, when(g.queued_at)));
  }));
}

function preview(g) {
  f.preview.replaceChildren(
    el('div', { className: 'note-card' },
      el('div', { className: 'meta' }, 'To ', handle(g.handle), ' via ', g.contact_channel || g.source || '—'),
      el('p', { className: 'note-text' }, g.note || '(no note)'),
      el('div', { className: 'meta' }, 'Gift: ', g.gift || '—',
        g.announced_at ? ' · claim link sent ' + when(g.announced_at) : ''),
      g.delivery ? el('div', { className: 'meta delivery' }, 'Deliver to ', g.delivery.name, ', ', g.delivery.address,
        g.delivery.phone ? ' (' + g.delivery.phone + ')' : '') : null));
}

function renderReporters(list) {
  if (list.length === 0) {
    f.reporters.replaceChildren(el('tr', {}, el('td', { colSpan: 5, className: 'empty' }, 'No verified reporters in this period.')));
    return;
  }
  f.reporters.replaceChildren.apply(f.reporters, list.map(function (r) {
    return el('tr', { className: 'reporter' + (r.flagged ? ' flagged' : '') },
      el('td', { className: 'handle' }, handle(r.handle)), el('td', {}, r.source || ''),
      el('td', { className: 'num' }, String(r.verified_reports)), el('td', { className: 'num' }, String(r.credits)),
      el('td', {}, r.flagged ? el('span', { className: 'badge warn' }, 'flagged: ' + (r.flag_reason || '')) : ''));
  }));
}

async function setStatus(status) {
  const ids = Array.from(selected);
  try {
    const answer = await api('/api/rewards/gifts/status', { method: 'POST', json: { ids: ids, status: status } });
    say((answer && answer.updated != null ? answer.updated : ids.length) + ' marked ' + statusName(status) + '.', 'ok');
    selected.clear();
    f.all.checked = false;
    await load();
  } catch (e) {
    say('Cannot mark ' + statusName(status) + ': ' + e.message, 'error');
  }
}

const EXPORTS = { csv: 'text/csv', json: 'application/json' };

async function exportGifts(format) {
  if (!rangeOk()) return;
  const route = '/api/rewards/gifts.' + format;
  try {
    // A plain link cannot carry the bearer token: fetch the file, then hand the browser a blob to save.
    const response = await request(route + query(['from', 'to', 'brand', 'city', 'status']), { headers: { Accept: EXPORTS[format] } });
    const url = URL.createObjectURL(await response.blob());
    const a = el('a', { href: url, download: 'gifts-' + new Date().toISOString().slice(0, 10) + '.' + format, id: format + '-download' });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 60000);
    const count = response.headers.get('X-Total-Count');
    say(format.toUpperCase() + ' exported' + (count ? ' (' + count + (count === '1' ? ' gift' : ' gifts') + ')' : '') + '.', 'ok');
  } catch (e) {
    say('Cannot export: ' + (e.status === 404 ? 'not available (GET ' + route + ')' : e.message), 'error');
  }
}

async function runGifts() {
  try {
    const answer = await api('/api/rewards/gift-runs', { method: 'POST' });
    say((answer ? answer.queued : 0) + ' gifts queued.', 'ok');
    await load();
  } catch (e) {
    say('Cannot run the gift selection: ' + e.message, 'error');
  }
}

async function start() {
  gifts = [];
  selected.clear();
  me = await signIn(main, ['marketer', 'ops'], 'rewards page');
  if (!me) return;
  build();
  await load();
}

startSession(start);
