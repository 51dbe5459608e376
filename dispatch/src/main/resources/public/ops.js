// The ops page: the live restock queue, the outlet map, the charts and the reports that need a location.
// Post texts, handles and names are untrusted: they reach the page only through RR.el / RR.svg text nodes.
(function () {
  'use strict';
  const { el, svg, api, field } = RR;
  const main = document.getElementById('main');
  const OPEN = ['reported', 'assigned', 'accepted', 'en_route'];
  const STATUSES = OPEN.concat(['restocked', 'verified', 'failed', 'cancelled']);
  const TILES_KEY = 'restockradar.tiles';

  const state = {
    jobs: new Map(),
    crews: [],
    filters: { status: 'open', city: '', brand: '', crew: '' },
    expanded: new Set(),
    reports: new Map(),
    fresh: new Map(),
    rows: new Map(),
    built: new Map(),
    live: 'connecting',
    view: 'queue'
  };

  // ---------------------------------------------------------------- the queue

  const queue = {};

  function buildQueue() {
    queue.city = el('select', { id: 'filter-city', onchange: onFilter });
    queue.brand = el('select', { id: 'filter-brand', onchange: onFilter });
    queue.crew = el('select', { id: 'filter-crew', onchange: onFilter });
    queue.status = el('select', { id: 'filter-status', onchange: onStatusFilter },
      el('option', { value: 'open' }, 'open (reported … en route)'),
      el('option', { value: 'all' }, 'all'),
      STATUSES.map(function (s) { return el('option', { value: s }, s.replace('_', ' ')); }));
    queue.body = el('tbody', { id: 'jobs' });
    return el('section', { id: 'view-queue', className: 'view' },
      el('form', { className: 'filters', onsubmit: function (e) { e.preventDefault(); } },
        el('label', {}, 'Status ', queue.status),
        el('label', {}, 'City ', queue.city),
        el('label', {}, 'Brand ', queue.brand),
        el('label', {}, 'Crew ', queue.crew),
        el('button', { type: 'button', onclick: clearFilters }, 'Clear filters')),
      el('div', { className: 'table-wrap' },
        el('table', { className: 'queue' },
          el('thead', {}, el('tr', {},
            ['Time left', 'Outlet', 'Where', 'Product', 'Reports', 'Reporters', 'Crew', 'Status', 'First report'].map(function (h) {
              return el('th', { scope: 'col' }, h);
            }))),
          queue.body)));
  }

  function onFilter() {
    state.filters.city = queue.city.value;
    state.filters.brand = queue.brand.value;
    state.filters.crew = queue.crew.value;
    renderQueue();
  }

  function onStatusFilter() {
    state.filters.status = queue.status.value;
    loadJobs();
  }

  function clearFilters() {
    state.filters = { status: 'open', city: '', brand: '', crew: '' };
    queue.status.value = 'open';
    queue.city.value = '';
    queue.brand.value = '';
    queue.crew.value = '';
    loadJobs();
  }

  async function loadJobs() {
    const wanted = state.filters.status === 'open' ? OPEN : state.filters.status === 'all' ? [null] : [state.filters.status];
    try {
      const lists = await Promise.all(wanted.map(function (status) {
        return api('/api/jobs?limit=1000' + (status ? '&status=' + encodeURIComponent(status) : ''));
      }));
      state.jobs = new Map();
      lists.forEach(function (list) { list.forEach(function (job) { state.jobs.set(job.id, job); }); });
      renderQueue();
    } catch (e) {
      RR.say('Cannot load the jobs: ' + e.message, 'error');
    }
  }

  function statusPasses(job) {
    const wanted = state.filters.status;
    if (wanted === 'all') return true;
    if (wanted === 'open') return OPEN.indexOf(job.status) >= 0;
    return job.status === wanted;
  }

  function passes(job) {
    return statusPasses(job)
      && (!state.filters.city || job.city === state.filters.city)
      && (!state.filters.brand || job.brand === state.filters.brand)
      && (!state.filters.crew || (state.filters.crew === '-' ? !crewOf(job) : crewOf(job) === state.filters.crew));
  }

  function crewOf(job) {
    return field(job, 'crewId', 'crew_id') || '';
  }

  function fillSelect(select, values, allLabel, extra) {
    // Rebuilt only when the choices change, so that an open drop-down is not pulled from under the user.
    const signature = values.join('\u0001');
    if (select.getAttribute('data-values') === signature) return;
    select.setAttribute('data-values', signature);
    const current = select.value;
    const options = [el('option', { value: '' }, allLabel)];
    if (extra) options.push(extra);
    values.forEach(function (v) { options.push(el('option', { value: v }, v)); });
    select.replaceChildren.apply(select, options);
    select.value = values.indexOf(current) >= 0 || (extra && extra.value === current) ? current : '';
  }

  function distinct(fn) {
    const set = new Set();
    state.jobs.forEach(function (job) { const v = fn(job); if (v) set.add(v); });
    return Array.from(set).sort();
  }

  function renderQueue() {
    const now = Date.now();
    fillSelect(queue.city, distinct(function (j) { return j.city; }), 'every city');
    fillSelect(queue.brand, distinct(function (j) { return j.brand; }), 'every brand');
    const crews = new Set(distinct(crewOf));
    state.crews.forEach(function (c) { crews.add(c.id); });
    fillSelect(queue.crew, Array.from(crews).sort(), 'every crew', el('option', { value: '-' }, 'no crew'));
    state.filters.city = queue.city.value;
    state.filters.brand = queue.brand.value;
    state.filters.crew = queue.crew.value;

    const shown = Array.from(state.jobs.values()).filter(passes).sort(function (a, b) {
      return Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id - b.id;
    });
    state.rows = new Map();
    const rows = [];
    const kept = new Map();
    if (shown.length === 0) {
      rows.push(el('tr', {}, el('td', { colSpan: 9, className: 'empty' },
        state.jobs.size === 0 ? 'No jobs yet: reports appear here as they come in.' : 'No job matches these filters.')));
    }
    shown.forEach(function (job) {
      // A row, and an opened job's detail, are rebuilt only when the job changed: a half-made choice in the detail
      // (a crew picked, a reason typed) survives the events of other jobs.
      const before = state.built.get(job.id) || {};
      const rowKey = [job.updatedAt, job.status, crewOf(job), job.reportCount, state.fresh.has(job.id), state.expanded.has(job.id)].join('|');
      const built = { rowKey: rowKey };
      if (before.rowKey === rowKey) {
        built.row = before.row;
        built.left = before.left;
      } else {
        built.row = jobRow(job, now);
        built.left = built.row.querySelector('td.left');
      }
      if (OPEN.indexOf(job.status) >= 0) state.rows.set(job.id, { row: built.row, left: built.left, dueAt: job.dueAt });
      rows.push(built.row);
      if (state.expanded.has(job.id)) {
        const loaded = state.reports.get(job.id);
        const detailKey = [job.updatedAt, job.status, crewOf(job), state.crews.length, loaded ? (loaded.error || loaded.reports.length) : 'loading'].join('|');
        built.detailKey = detailKey;
        built.detail = before.detailKey === detailKey ? before.detail : detailRow(job);
        rows.push(built.detail);
      }
      kept.set(job.id, built);
    });
    state.built = kept;
    const same = rows.length === queue.body.children.length && rows.every(function (row, i) { return queue.body.children[i] === row; });
    if (!same) queue.body.replaceChildren.apply(queue.body, rows);
    renderSummary(now);
  }

  function jobRow(job, now) {
    const open = OPEN.indexOf(job.status) >= 0;
    const left = el('td', { className: 'left' }, open ? RR.timeLeft(job.dueAt, now) : 'done');
    const row = el('tr', {
      id: 'job-' + job.id,
      className: 'job ' + (open ? RR.urgency(job.dueAt, now) : 'closed') + (state.fresh.has(job.id) ? ' fresh' : '')
        + (state.expanded.has(job.id) ? ' expanded' : ''),
      'data-job-id': job.id,
      tabIndex: 0,
      'aria-expanded': state.expanded.has(job.id) ? 'true' : 'false',
      onclick: function () { toggle(job.id); },
      onkeydown: function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(job.id); } }
    },
      left,
      el('td', { className: 'outlet' }, job.outletName || job.outletId, el('small', {}, job.outletId)),
      el('td', {}, [job.locality, job.city].filter(Boolean).join(', ')),
      el('td', {}, job.sku || ('any ' + (job.brand || ''))),
      el('td', { className: 'num' }, String(job.reportCount)),
      el('td', { className: 'reporters' }, (job.reporters || []).map(RR.handle).join(', ')),
      el('td', {}, crewOf(job) || (field(job, 'uncovered', 'uncovered') ? el('span', { className: 'badge warn' }, 'uncovered') : '—')),
      el('td', {}, el('span', { className: 'badge status-' + job.status }, job.status.replace('_', ' '))),
      el('td', { className: 'when' }, RR.when(job.firstReportedAt || job.createdAt)));
    return row;
  }

  function toggle(id) {
    if (state.expanded.has(id)) {
      state.expanded.delete(id);
    } else {
      state.expanded.add(id);
      loadReports(id);
    }
    renderQueue();
  }

  async function loadReports(id) {
    try {
      state.reports.set(id, { reports: await api('/api/jobs/' + id + '/reports') });
    } catch (e) {
      state.reports.set(id, { error: e.status === 404 ? 'Not available: GET /api/jobs/' + id + '/reports (' + e.message + ')' : e.message });
    }
    if (state.expanded.has(id)) renderQueue();
  }

  function detailRow(job) {
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
          el('div', { className: 'meta' }, RR.handle(r.reporter_handle), ' · ', r.source || '', ' · ', RR.when(r.reported_at)),
          el('blockquote', { className: 'mention-text' }, r.text || ''));
      }));
    }
    const open = OPEN.indexOf(job.status) >= 0;
    const crewSelect = el('select', { className: 'reassign-crew', 'aria-label': 'crew' },
      state.crews.map(function (c) {
        return el('option', { value: c.id, selected: c.id === crewOf(job) }, c.name + ' (' + c.id + ')' + (c.active === false ? ' — inactive' : ''));
      }));
    const reason = el('input', { type: 'text', className: 'cancel-reason', placeholder: 'why cancel', 'aria-label': 'reason to cancel', maxLength: 200 });
    const actions = [];
    if (open && state.crews.length > 0) {
      actions.push(el('div', { className: 'action' }, el('label', {}, (crewOf(job) ? 'Reassign to ' : 'Assign to '), crewSelect),
        el('button', { type: 'button', className: 'primary reassign', onclick: function () {
          act(job, 'assign', { crewId: crewSelect.value }, 'given to ' + crewSelect.value);
        } }, crewOf(job) ? 'Reassign' : 'Assign')));
    } else if (open) {
      actions.push(el('p', { className: 'muted' }, 'No crews to assign to (GET /api/crews is empty or not available).'));
    }
    if (open) {
      actions.push(el('div', { className: 'action' }, reason,
        el('button', { type: 'button', className: 'danger cancel', onclick: function () {
          if (!reason.value.trim()) { reason.focus(); RR.say('Say why the job is cancelled.', 'error'); return; }
          act(job, 'cancel', { reason: reason.value.trim() }, 'cancelled');
        } }, 'Cancel job')));
    }
    if (job.status === 'restocked') {
      actions.push(el('div', { className: 'action' }, el('button', { type: 'button', className: 'primary verify', onclick: function () {
        act(job, 'verify', {}, 'verified');
      } }, 'Verify restock')));
    }
    const cell = el('td', { colSpan: 9 },
      el('div', { className: 'detail' },
        el('div', { className: 'said' }, el('h3', {}, 'What was said'), said),
        el('div', { className: 'actions' }, el('h3', {}, 'Job #' + job.id), el('p', { className: 'muted' },
          'due ', RR.when(job.dueAt), ' · first report ', RR.when(job.firstReportedAt)), actions)));
    // Clicks inside the detail must not fold it.
    cell.addEventListener('click', function (e) { e.stopPropagation(); });
    return el('tr', { className: 'detail-row', id: 'job-' + job.id + '-detail' }, cell);
  }

  async function act(job, move, body, done) {
    try {
      const updated = await api('/api/jobs/' + job.id + '/' + move, { method: 'POST', json: RR.both(body) });
      state.jobs.set(updated.id, updated);
      RR.say('Job #' + job.id + ' ' + done + '.', 'ok');
      renderQueue();
    } catch (e) {
      RR.say('Job #' + job.id + ': ' + e.message, 'error');
    }
  }

  function renderSummary(now) {
    let open = 0, breached = 0, warning = 0, uncovered = 0;
    state.jobs.forEach(function (job) {
      if (OPEN.indexOf(job.status) < 0) return;
      open++;
      const u = RR.urgency(job.dueAt, now);
      if (u === 'breached') breached++;
      if (u === 'warning') warning++;
      if (field(job, 'uncovered', 'uncovered') && !crewOf(job)) uncovered++;
    });
    const summary = document.getElementById('summary');
    summary.replaceChildren(
      el('span', { id: 'open-count' }, open + ' open'),
      el('span', { className: 'breached' }, breached + ' breached'),
      el('span', { className: 'warning' }, warning + ' under 12 h'),
      el('span', {}, uncovered + ' uncovered'),
      el('span', { id: 'live', className: 'live ' + state.live }, state.live === 'live' ? '● live' : '○ ' + state.live));
  }

  function tick() {
    const now = Date.now();
    state.rows.forEach(function (r) {
      r.left.textContent = RR.timeLeft(r.dueAt, now);
      const u = RR.urgency(r.dueAt, now);
      if (!r.row.classList.contains(u)) {
        r.row.classList.remove('ok', 'warning', 'breached');
        r.row.classList.add(u);
      }
    });
  }

  // Events arrive in bursts: fetch each touched job once per burst.
  const pending = new Set();
  let flushTimer = null;

  function onJobEvent(event) {
    const id = field(event, 'jobId', 'job_id');
    if (!id) return;
    pending.add(id);
    if (!flushTimer) flushTimer = setTimeout(flush, 150);
  }

  async function flush() {
    flushTimer = null;
    const ids = Array.from(pending);
    pending.clear();
    if (ids.length > 12) {
      // A burst (a replay, a backlog after a reconnect): one list call instead of a call per job.
      ids.forEach(function (id) { if (!state.jobs.has(id)) state.fresh.set(id, Date.now()); });
      await loadJobs();
      ids.forEach(function (id) { if (state.expanded.has(id)) loadReports(id); });
      if (state.view === 'map') loadMap();
      forgetFreshLater();
      return;
    }
    await Promise.all(ids.map(async function (id) {
      try {
        const job = await api('/api/jobs/' + id);
        if (!state.jobs.has(id)) state.fresh.set(id, Date.now());
        state.jobs.set(id, job);
        if (state.expanded.has(id)) loadReports(id);
      } catch (e) {
        console.error('cannot refresh job', id, e);
      }
    }));
    renderQueue();
    if (state.view === 'map') loadMap();
    forgetFreshLater();
  }

  /** New rows flash for 8 s: after a burst as after a few single events (a burst used to leave them lit). */
  function forgetFreshLater() {
    setTimeout(function () {
      const cutoff = Date.now() - 8000;
      const before = state.fresh.size;
      state.fresh.forEach(function (at, id) { if (at < cutoff) state.fresh.delete(id); });
      if (state.fresh.size !== before) renderQueue();
    }, 9000);
  }

  let pollTimer = null;

  function onLive(live) {
    const was = state.live;
    state.live = live;
    // After a gap the stream resends what was missed (Last-Event-ID), but a fresh load is cheap and certain.
    if (live === 'live' && was === 'reconnecting') loadJobs();
    if (live === 'closed' && !pollTimer) {
      // No live stream (refused or not served): the queue still refreshes, less often.
      state.live = 'polling every 15 s';
      pollTimer = setInterval(loadJobs, 15000);
    }
    renderSummary(Date.now());
  }

  // ---------------------------------------------------------------- the map

  const map = {};

  function buildMap() {
    map.box = el('div', { id: 'map', className: 'map-box' }, el('p', { className: 'muted' }, 'Loading outlets…'));
    map.tiles = el('input', { type: 'url', id: 'tile-template', placeholder: 'https://tiles.example.org/{z}/{x}/{y}.png',
      value: localStorage.getItem(TILES_KEY) || '', size: 48 });
    return el('section', { id: 'view-map', className: 'view', hidden: true },
      el('p', { className: 'muted' }, 'Outlets with open jobs, sized by how many. Drawn from latitude and longitude alone: no map tiles are needed.'),
      map.box,
      el('form', { className: 'filters', onsubmit: function (e) {
        e.preventDefault();
        const value = map.tiles.value.trim();
        if (value) localStorage.setItem(TILES_KEY, value); else localStorage.removeItem(TILES_KEY);
        loadMap();
      } }, el('label', { for: 'tile-template' }, 'Tile URL template (optional) '), map.tiles,
      el('button', { type: 'submit' }, 'Use tiles'),
      el('button', { type: 'button', onclick: function () { map.tiles.value = ''; localStorage.removeItem(TILES_KEY); loadMap(); } }, 'No tiles')));
  }

  async function loadMap() {
    let points;
    let note = null;
    try {
      const outlets = await api('/api/outlets?open_jobs=true');
      points = outlets.filter(function (o) { return o.lat != null && o.lon != null; }).map(function (o) {
        return { name: o.name, city: o.city, locality: o.locality, id: o.id, lat: o.lat, lon: o.lon, open: o.open_jobs || 0 };
      });
    } catch (e) {
      if (e.status !== 404) {
        map.box.replaceChildren(el('p', { className: 'notice error' }, 'Cannot load the outlets: ' + e.message));
        return;
      }
      // Without GET /api/outlets the jobs' own outlet locations still place the outlets with open jobs.
      note = 'Not available: GET /api/outlets; showing the outlets of the open jobs loaded.';
      const byOutlet = new Map();
      state.jobs.forEach(function (job) {
        const at = field(job, 'outletLocation', 'outlet_location');
        if (!at || OPEN.indexOf(job.status) < 0) return;
        const p = byOutlet.get(job.outletId) || { name: job.outletName, city: job.city, locality: job.locality, id: job.outletId, lat: at.lat, lon: at.lon, open: 0 };
        p.open++;
        byOutlet.set(job.outletId, p);
      });
      points = Array.from(byOutlet.values());
    }
    RR.fill(map.box, note ? el('p', { className: 'notice' }, note) : null,
      points.length === 0 ? el('p', { className: 'muted' }, 'No outlet with a known location yet.') : drawMap(points, localStorage.getItem(TILES_KEY)));
  }

  // Web Mercator in world units (0..1), so that tiles, when configured, line up with the dots.
  function project(lat, lon) {
    const clamped = Math.max(-85, Math.min(85, lat));
    const s = Math.sin(clamped * Math.PI / 180);
    return { x: (lon + 180) / 360, y: 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI) };
  }

  function drawMap(points, tileTemplate) {
    const W = 960, H = 540, PAD = 40;
    const xy = points.map(function (p) { return project(p.lat, p.lon); });
    let minX = Math.min.apply(null, xy.map(function (p) { return p.x; })), maxX = Math.max.apply(null, xy.map(function (p) { return p.x; }));
    let minY = Math.min.apply(null, xy.map(function (p) { return p.y; })), maxY = Math.max.apply(null, xy.map(function (p) { return p.y; }));
    const least = 0.0002; // about 8 km: one outlet alone is not drawn at an absurd zoom
    if (maxX - minX < least) { minX -= least / 2; maxX += least / 2; }
    if (maxY - minY < least) { minY -= least / 2; maxY += least / 2; }
    let scale = Math.min((W - 2 * PAD) / (maxX - minX), (H - 2 * PAD) / (maxY - minY));
    let zoom = null;
    if (tileTemplate) {
      zoom = Math.max(0, Math.min(18, Math.floor(Math.log2(scale / 256))));
      scale = 256 * Math.pow(2, zoom);
    }
    const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    const sx = function (x) { return W / 2 + (x - cx) * scale; };
    const sy = function (y) { return H / 2 + (y - cy) * scale; };
    const layers = [svg('rect', { x: 0, y: 0, width: W, height: H, class: 'map-sea' })];
    if (zoom !== null) {
      const n = Math.pow(2, zoom);
      const x0 = Math.floor((cx - W / 2 / scale) * n), x1 = Math.floor((cx + W / 2 / scale) * n);
      const y0 = Math.max(0, Math.floor((cy - H / 2 / scale) * n)), y1 = Math.min(n - 1, Math.floor((cy + H / 2 / scale) * n));
      for (let tx = x0; tx <= x1 && tx - x0 < 12; tx++) {
        for (let ty = y0; ty <= y1 && ty - y0 < 12; ty++) {
          const wrapped = ((tx % n) + n) % n;
          const href = tileTemplate.replace('{z}', zoom).replace('{x}', wrapped).replace('{y}', ty);
          layers.push(svg('image', { href: href, x: sx(tx / n), y: sy(ty / n), width: 256, height: 256, class: 'map-tile' }));
        }
      }
    } else {
      layers.push(graticule(W, H, scale, cx, cy, sx, sy));
    }
    // City names at the middle of their outlets.
    const cities = new Map();
    points.forEach(function (p, i) {
      const c = cities.get(p.city) || { x: 0, y: 0, n: 0 };
      c.x += xy[i].x; c.y += xy[i].y; c.n++;
      cities.set(p.city, c);
    });
    cities.forEach(function (c, name) {
      layers.push(svg('text', { x: sx(c.x / c.n), y: sy(c.y / c.n) - 18, class: 'map-city', 'text-anchor': 'middle' }, name || ''));
    });
    const order = points.map(function (p, i) { return i; }).sort(function (a, b) { return points[b].open - points[a].open; });
    order.forEach(function (i) {
      const p = points[i];
      const r = p.open > 0 ? 5 + 4 * Math.sqrt(p.open) : 3;
      layers.push(svg('circle', { cx: sx(xy[i].x).toFixed(1), cy: sy(xy[i].y).toFixed(1), r: r.toFixed(1),
        class: 'map-dot' + (p.open > 0 ? ' has-jobs' : ''), 'data-outlet-id': p.id },
        svg('title', {}, p.name + ' — ' + [p.locality, p.city].filter(Boolean).join(', ') + ': ' + p.open + ' open job' + (p.open === 1 ? '' : 's'))));
    });
    layers.push(svg('g', { class: 'map-legend' },
      svg('rect', { x: 10, y: H - 34, width: 300, height: 24, rx: 4 }),
      svg('circle', { cx: 26, cy: H - 22, r: 6, class: 'map-dot has-jobs' }),
      svg('text', { x: 38, y: H - 17 }, points.length + ' outlets · ' + points.reduce(function (s, p) { return s + p.open; }, 0) + ' open jobs' + (zoom !== null ? ' · zoom ' + zoom : ''))));
    return svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'map', role: 'img', 'aria-label': 'Map of outlets with open jobs', id: 'outlet-map' }, layers);
  }

  function graticule(W, H, scale, cx, cy, sx, sy) {
    // Lines every round number of degrees, about six across the view.
    const degreesAcross = W / scale * 360;
    const steps = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30];
    const step = steps.find(function (s) { return degreesAcross / s <= 8; }) || 45;
    const lonFrom = (cx - W / 2 / scale) * 360 - 180, lonTo = (cx + W / 2 / scale) * 360 - 180;
    const lines = [];
    for (let lon = Math.ceil(lonFrom / step) * step; lon <= lonTo; lon += step) {
      const x = sx((lon + 180) / 360);
      lines.push(svg('line', { x1: x, y1: 0, x2: x, y2: H }), svg('text', { x: x + 3, y: 12 }, lon.toFixed(step < 1 ? 2 : 0) + '°E'));
    }
    const latOf = function (y) { return Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180 / Math.PI; };
    const latTop = latOf(cy - H / 2 / scale), latBottom = latOf(cy + H / 2 / scale);
    for (let lat = Math.ceil(latBottom / step) * step; lat <= latTop; lat += step) {
      const y = sy(project(lat, 0).y);
      lines.push(svg('line', { x1: 0, y1: y, x2: W, y2: y }), svg('text', { x: 3, y: y - 3 }, lat.toFixed(step < 1 ? 2 : 0) + '°N'));
    }
    return svg('g', { class: 'map-grid' }, lines);
  }

  // ---------------------------------------------------------------- the charts

  const charts = {};

  function buildCharts() {
    charts.box = el('div', { id: 'charts', className: 'charts' }, el('p', { className: 'muted' }, 'Loading…'));
    charts.days = el('select', { id: 'chart-days', onchange: loadCharts },
      [7, 14, 30].map(function (d) { return el('option', { value: d }, 'last ' + d + ' days'); }));
    return el('section', { id: 'view-charts', className: 'view', hidden: true },
      el('form', { className: 'filters', onsubmit: function (e) { e.preventDefault(); } }, el('label', {}, 'Period ', charts.days)), charts.box);
  }

  async function loadCharts() {
    let stats;
    try {
      stats = await api('/api/stats/overview?days=' + encodeURIComponent(charts.days.value));
    } catch (e) {
      charts.box.replaceChildren(el('p', { className: 'notice' + (e.status === 404 ? '' : ' error'), id: 'charts-unavailable' },
        e.status === 404 ? 'Not available: this dispatcher does not serve GET /api/stats/overview yet.' : 'Cannot load the charts: ' + e.message));
      return;
    }
    const share = stats.restocked_within_sla_share;
    const median = stats.median_hours_to_restock;
    const funnel = stats.funnel || {};
    // mentions is -1 when the dispatcher cannot count them.
    const mentions = funnel.mentions != null && funnel.mentions >= 0 ? funnel.mentions : null;
    charts.box.replaceChildren(
      el('div', { className: 'kpis' },
        kpi('Restocked within 48 h', share == null ? '—' : Math.round(share * 100) + ' %'),
        kpi('Median time to restock', median == null ? '—' : Number(median).toFixed(1) + ' h'),
        kpi('Mentions', mentions == null ? 'unknown' : mentions), kpi('Jobs', funnel.jobs)),
      chart('Reports per hour', bars((stats.reports_per_hour || []).map(function (r) {
        return { label: shortHour(r.hour), values: [r.count] };
      }), ['reports'])),
      chart('Jobs opened and closed per day', bars((stats.jobs_per_day || []).map(function (d) {
        return { label: String(d.day).slice(5), values: [d.opened, d.closed] };
      }), ['opened', 'closed'])),
      chart('Breaches per crew', hbars((stats.breaches_by_crew || []).map(function (b) {
        return { label: b.crew_id || 'unassigned', value: b.count };
      }), null)),
      chart('Funnel: mention → report → job → restocked', hbars([
        mentions == null ? null : { label: 'mentions', value: mentions }, { label: 'reports', value: funnel.reports || 0 },
        { label: 'jobs', value: funnel.jobs || 0 }, { label: 'restocked', value: funnel.restocked || 0 }].filter(Boolean), 'funnel')));
  }

  function shortHour(hour) {
    const d = new Date(hour);
    return isNaN(d) ? String(hour) : String(d.getHours()).padStart(2, '0') + 'h';
  }

  function kpi(label, value) {
    return el('div', { className: 'kpi' }, el('div', { className: 'kpi-value' }, value == null ? '—' : String(value)), el('div', { className: 'kpi-label' }, label));
  }

  function chart(title, body) {
    return el('figure', { className: 'chart' }, el('figcaption', {}, title), body);
  }

  /** Vertical bars, one group per item, a series per value. */
  function bars(items, series) {
    if (items.length === 0) return el('p', { className: 'muted' }, 'Nothing in this period.');
    const W = 600, H = 200, B = 24, L = 34;
    const max = Math.max(1, Math.max.apply(null, items.map(function (i) { return Math.max.apply(null, i.values); })));
    const slot = (W - L) / items.length;
    const bw = Math.max(1, (slot - 2) / series.length);
    const nodes = [svg('line', { x1: L, y1: H - B, x2: W, y2: H - B, class: 'axis' }),
      svg('text', { x: L - 4, y: 12, 'text-anchor': 'end', class: 'tick' }, String(max)),
      svg('text', { x: L - 4, y: H - B, 'text-anchor': 'end', class: 'tick' }, '0')];
    const every = Math.ceil(items.length / 12);
    items.forEach(function (item, i) {
      item.values.forEach(function (v, s) {
        const h = (H - B - 16) * (v || 0) / max;
        nodes.push(svg('rect', { x: L + i * slot + 1 + s * bw, y: H - B - h, width: bw, height: h, class: 'bar s' + s },
          svg('title', {}, item.label + ': ' + (v || 0) + ' ' + series[s])));
      });
      if (i % every === 0) nodes.push(svg('text', { x: L + i * slot + slot / 2, y: H - 8, 'text-anchor': 'middle', class: 'tick' }, item.label));
    });
    if (series.length > 1) {
      series.forEach(function (name, s) {
        nodes.push(svg('rect', { x: W - 150 + s * 75, y: 2, width: 10, height: 10, class: 'bar s' + s }),
          svg('text', { x: W - 136 + s * 75, y: 11, class: 'tick' }, name));
      });
    }
    return svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart-svg', role: 'img' }, nodes);
  }

  /** Horizontal bars with their values; for the funnel, each bar's share of the first. */
  function hbars(items, kind) {
    if (items.length === 0) return el('p', { className: 'muted' }, kind === 'funnel' ? 'Nothing yet.' : 'No breaches in this period.');
    const W = 600, row = 26, L = 120, H = items.length * row + 4;
    const max = Math.max(1, Math.max.apply(null, items.map(function (i) { return i.value; })));
    const nodes = [];
    items.forEach(function (item, i) {
      const w = (W - L - 90) * item.value / max;
      const share = kind === 'funnel' && items[0].value > 0 ? ' (' + Math.round(100 * item.value / items[0].value) + ' %)' : '';
      nodes.push(svg('text', { x: L - 6, y: i * row + 17, 'text-anchor': 'end', class: 'tick' }, item.label),
        svg('rect', { x: L, y: i * row + 4, width: Math.max(1, w), height: row - 8, class: 'bar ' + (kind === 'funnel' ? 's' + Math.min(i, 3) : 'breach') }),
        svg('text', { x: L + w + 6, y: i * row + 17, class: 'tick' }, String(item.value) + share));
    });
    return svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart-svg', role: 'img' }, nodes);
  }

  // ---------------------------------------------------------------- needs location

  const needs = {};

  function buildNeeds() {
    needs.box = el('div', { id: 'needs' }, el('p', { className: 'muted' }, 'Loading…'));
    return el('section', { id: 'view-needs', className: 'view', hidden: true },
      el('p', { className: 'muted' }, 'Reports the stage could not place at an outlet. Pick the outlet and the report joins or opens its job.'),
      needs.box);
  }

  async function loadNeeds() {
    let items;
    try {
      items = await api('/api/needs-location?status=open');
    } catch (e) {
      needs.box.replaceChildren(el('p', { className: 'notice' + (e.status === 404 ? '' : ' error'), id: 'needs-unavailable' },
        e.status === 404 ? 'Not available: this dispatcher does not serve GET /api/needs-location yet.' : 'Cannot load the list: ' + e.message));
      document.getElementById('needs-count').textContent = '';
      return;
    }
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
      el('div', { className: 'meta' }, RR.handle(item.reporter_handle), ' · ', RR.when(item.reported_at), ' · ',
        [item.brand, item.sku].filter(Boolean).join(' / '), ' · ', [item.locality, item.city].filter(Boolean).join(', ') || 'no place named'),
      el('blockquote', { className: 'mention-text' }, item.text || ''),
      el('div', { className: 'action' }, pick, typed, el('button', { type: 'button', className: 'primary place', onclick: async function () {
        const outlet = typed.value.trim() || pick.value;
        if (!outlet) { RR.say('Pick an outlet first.', 'error'); return; }
        try {
          const job = await api('/api/needs-location/' + encodeURIComponent(item.mention_id) + '/place', { method: 'POST', json: RR.both({ outlet_id: outlet }) });
          RR.say('Placed at ' + outlet + (job && (job.job_id || job.id) ? ': job #' + (job.job_id || job.id) + (job.outcome ? ' (' + job.outcome + ')' : '') : '') + '.', 'ok');
          li.remove();
          loadNeeds();
        } catch (e) {
          RR.say('Cannot place the report: ' + e.message, 'error');
        }
      } }, 'Place'),
      el('button', { type: 'button', className: 'dismiss', onclick: async function () {
        const reason = typed.value.trim() || 'not a stock-out at a known outlet';
        try {
          await api('/api/needs-location/' + encodeURIComponent(item.mention_id) + '/dismiss', { method: 'POST', json: RR.both({ reason: reason }) });
          RR.say('Report dismissed.', 'ok');
          li.remove();
          loadNeeds();
        } catch (e) {
          RR.say('Cannot dismiss the report: ' + e.message, 'error');
        }
      } }, 'Dismiss')));
    return li;
  }

  // ---------------------------------------------------------------- the page

  function show(view) {
    state.view = view;
    document.querySelectorAll('.tab').forEach(function (tab) {
      tab.setAttribute('aria-selected', tab.getAttribute('data-view') === view ? 'true' : 'false');
    });
    document.querySelectorAll('.view').forEach(function (section) { section.hidden = section.id !== 'view-' + view; });
    if (view === 'map') loadMap();
    if (view === 'charts') loadCharts();
    if (view === 'needs') loadNeeds();
  }

  async function start() {
    const me = await RR.signIn(main, ['ops'], 'ops page');
    if (!me) return;
    main.replaceChildren(buildQueue(), buildMap(), buildCharts(), buildNeeds());
    document.querySelectorAll('.tab').forEach(function (tab) {
      tab.addEventListener('click', function () { show(tab.getAttribute('data-view')); });
    });
    try {
      state.crews = await api('/api/crews');
    } catch (e) {
      RR.say('Cannot load the crews: ' + e.message, 'error');
    }
    RR.follow(onJobEvent, onLive);
    await loadJobs();
    loadNeeds();
    setInterval(tick, 1000);
  }

  start();
}());
