// The ops page: the live restock queue, the outlet map, the charts and the reports that need a location, one module
// per view (queue.js with detail.js, map.js, charts.js, needs.js, replies.js) sharing state.js; live.js keeps them up to date.
// Post texts, handles and names are untrusted: they reach the page only through el() / svg() text nodes.
import { api } from '../common/api.js';
import { say } from '../common/dom.js';
import { every, signIn, startSession } from '../common/session.js';
import { slaColours } from '../common/sla.js';
import { buildCharts, loadCharts } from './charts.js';
import { openLinkedJob } from './deeplink.js';
import { startLive } from './live.js';
import { buildMap, loadMap } from './map.js';
import { buildNeeds, loadNeeds } from './needs.js';
import { buildQueue, loadJobs, tick } from './queue.js';
import { buildReplies, loadReplies } from './replies.js';
import { resetState, state } from './state.js';

const main = document.getElementById('main');

function show(view) {
  state.view = view;
  document.querySelectorAll('.tab').forEach(function (tab) {
    tab.setAttribute('aria-selected', tab.getAttribute('data-view') === view ? 'true' : 'false');
  });
  document.querySelectorAll('.view').forEach(function (section) { section.hidden = section.id !== 'view-' + view; });
  if (view === 'map') loadMap();
  if (view === 'charts') loadCharts();
  if (view === 'needs') loadNeeds();
  if (view === 'replies') loadReplies();
}

let tabsWired = false;

async function start() {
  // A new sign-in (a token pasted over the page) starts from nothing.
  resetState();
  document.getElementById('summary').replaceChildren();
  const me = await signIn(main, ['ops'], 'ops page');
  if (!me) return;
  state.sla = slaColours(me.sla_warning_before_seconds);
  main.replaceChildren(buildQueue(), buildMap(), buildCharts(), buildNeeds(), buildReplies());
  if (!tabsWired) {
    tabsWired = true;
    document.querySelectorAll('.tab').forEach(function (tab) {
      tab.addEventListener('click', function () { show(tab.getAttribute('data-view')); });
    });
  }
  show('queue');
  try {
    state.crews = await api('/api/crews');
  } catch (e) {
    say('Cannot load the crews: ' + e.message, 'error');
  }
  startLive();
  await loadJobs();
  // A link from an alert to ops (`?job=42`) opens that job.
  openLinkedJob();
  loadNeeds();
  every(1000, tick);
}

startSession(start);
