// The crew page's round: today's stops in the order to visit them, one per shop however many jobs it has there
// (GET /api/my/route: nearest neighbour improved by 2-opt on the server, from the crew's base). A stop's job numbers
// scroll to their cards below.
import { api } from './common/api.js';
import { el, fill } from './common/dom.js';

let box;

/** The round's section, empty until loadRound() fills it. */
export function buildRound() {
  box = el('section', { id: 'round', className: 'round', 'aria-label': 'Today’s stops' });
  return box;
}

/** Rounds asked for so far. */
let asked = 0;

/** Loads the round again (after the job list changed); an error leaves a line, the job list still works. */
export async function loadRound() {
  if (!box) return;
  const mine = ++asked;
  let round;
  try {
    round = await api('/api/my/route');
  } catch (e) {
    if (mine !== asked) return;
    fill(box, el('p', { className: 'muted' }, e.status === 404 ? '' : 'Cannot load today’s stops: ' + e.message));
    return;
  }
  // Each change of the list asks for the round again: an answer that lands after a later one was asked for is dropped.
  if (mine !== asked) return;
  if (round.stops.length === 0) {
    fill(box);
    return;
  }
  const located = round.stops.filter(function (s) { return s.location; }).length;
  fill(box,
    el('details', { open: true },
      el('summary', {}, 'Today’s stops: ' + round.stops.length + (located > 1 ? ' · ' + Number(round.total_km).toFixed(1) + ' km' : '')),
      el('ol', { id: 'round-stops', className: 'round-stops' }, round.stops.map(stop))));
}

function stop(s) {
  return el('li', { className: 'round-stop', 'data-outlet-id': s.outlet_id },
    el('span', { className: 'stop' }, String(s.stop)),
    el('div', {},
      el('div', { className: 'outlet' }, s.outlet_name || s.outlet_id),
      el('div', { className: 'muted' }, [s.locality, s.city].filter(Boolean).join(', '),
        s.leg_km != null ? ' · ' + Number(s.leg_km).toFixed(1) + ' km ' + (s.stop === 1 ? 'from base' : 'from the last stop') : ''),
      el('div', { className: 'round-jobs' }, s.jobs.length + (s.jobs.length === 1 ? ' job: ' : ' jobs: '),
        s.jobs.map(function (job, i) {
          return [i > 0 ? ', ' : '', el('button', { type: 'button', className: 'link', onclick: function () { toCard(job.id); } }, '#' + job.id)];
        }))));
}

function toCard(id) {
  const card = document.getElementById('job-' + id);
  if (card) card.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
