// The map view: the outlets with open jobs on an inline SVG in Web Mercator, no tiles needed (tiles from a configured
// template when wanted). Outlets close together on screen are drawn as one cluster, which parts as the map zooms in
// (the wheel, the buttons, a click on the cluster, dragging to pan); an outlet opens a panel with its open jobs, each
// linking to its detail in the queue; names are placed only where they overlap no other name. A crew's round
// (GET /api/crews/{id}/route) can be drawn over it. A tile that fails is hidden (the plain map shows beneath) and
// tried again when the browser is back online.
import { api } from '../common/api.js';
import { el, fill, say, svg } from '../common/dom.js';
import { timeLeft } from '../common/sla.js';
import { openJob } from './queue.js';
import { state, isOpen } from './state.js';

const TILES_KEY = 'restockradar.tiles';
const W = 960, H = 540, PAD = 40;
/** Outlets nearer than this on screen (px of the 960-wide view) are drawn as one cluster. */
const CLUSTER_PX = 34;
/** The closest and the farthest the map zooms: a whole world, and about a street (Web Mercator zoom 19). */
const MIN_SCALE = 256, MAX_SCALE = 256 * Math.pow(2, 19);
const ZOOM_STEP = 2;
/** The tiles drawn at most across and down (a 960 x 540 view needs 6 x 4 at worst). */
const MAX_TILES = 8;

const map = { points: [], view: null, selected: null, round: null, tileAttempt: 0, failedTiles: 0, drawing: 0 };
let onlineWired = false;
let measure = null;

export function buildMap() {
  map.view = null;
  map.selected = null;
  map.round = null;
  map.box = el('div', { id: 'map', className: 'map-box' }, el('p', { className: 'muted' }, 'Loading outlets…'));
  map.note = el('p', { id: 'map-note', className: 'muted', hidden: true });
  map.panel = el('aside', { id: 'map-outlet', className: 'map-panel', 'aria-live': 'polite' },
    el('p', { className: 'muted' }, 'Click an outlet for its open jobs; click a cluster, use the wheel or + to zoom in, drag to move.'));
  map.crew = el('select', { id: 'map-crew', onchange: function () { loadRound(map.crew.value); } });
  map.tiles = el('input', { type: 'url', id: 'tile-template', placeholder: 'https://tiles.example.org/{z}/{x}/{y}.png',
    value: localStorage.getItem(TILES_KEY) || '', size: 48 });
  if (!onlineWired) {
    onlineWired = true;
    // Tiles that failed (offline, or the server away) are asked for again once the browser is back online.
    window.addEventListener('online', function () { if (map.failedTiles > 0) retryTiles(); });
  }
  return el('section', { id: 'view-map', className: 'view', hidden: true },
    el('p', { className: 'muted' }, 'Outlets with open jobs, sized by how many. Drawn from latitude and longitude alone: no map tiles are needed.'),
    el('div', { className: 'filters map-tools' },
      el('button', { type: 'button', id: 'map-zoom-in', 'aria-label': 'Zoom in', onclick: function () { zoomBy(ZOOM_STEP); } }, '+'),
      el('button', { type: 'button', id: 'map-zoom-out', 'aria-label': 'Zoom out', onclick: function () { zoomBy(1 / ZOOM_STEP); } }, '−'),
      el('button', { type: 'button', id: 'map-fit', onclick: function () { map.view = fit(map.points); render(); } }, 'Fit'),
      el('label', { for: 'map-crew' }, 'Crew’s round '), map.crew),
    map.note,
    el('div', { className: 'map-layout' }, map.box, map.panel),
    el('form', { className: 'filters', onsubmit: function (e) {
      e.preventDefault();
      const value = map.tiles.value.trim();
      if (value) localStorage.setItem(TILES_KEY, value); else localStorage.removeItem(TILES_KEY);
      render();
    } }, el('label', { for: 'tile-template' }, 'Tile URL template (optional) '), map.tiles,
    el('button', { type: 'submit' }, 'Use tiles'),
    el('button', { type: 'button', id: 'tiles-off', onclick: function () { map.tiles.value = ''; localStorage.removeItem(TILES_KEY); render(); } }, 'No tiles')));
}

/** Outlet lists and rounds asked for so far: an answer that lands after a later one was asked for is dropped. */
let mapsAsked = 0;
let roundsAsked = 0;

/** Draws the outlets with open jobs (GET /api/outlets, or the open jobs loaded where it is not served), keeping the zoom. */
export async function loadMap() {
  const mine = ++mapsAsked;
  let points;
  let note = null;
  try {
    const outlets = await api('/api/outlets?open_jobs=true');
    // Live events ask for the outlets again and again: the answers may land in any order, the newest is drawn.
    if (mine !== mapsAsked) return;
    points = outlets.filter(function (o) { return o.lat != null && o.lon != null; }).map(function (o) {
      return { name: o.name, city: o.city, locality: o.locality, id: o.id, lat: o.lat, lon: o.lon, open: o.open_jobs || 0 };
    });
  } catch (e) {
    if (mine !== mapsAsked) return;
    if (e.status !== 404) {
      if (map.points.length === 0) {
        map.box.replaceChildren(el('p', { className: 'notice error' }, 'Cannot load the outlets: ' + e.message));
        return;
      }
      // Offline or the server away: the outlets loaded before stay on the map.
      map.loadNote = 'Cannot refresh the outlets (' + e.message + '): showing those loaded before.';
      render();
      return;
    }
    // Without GET /api/outlets the jobs' own outlet locations still place the outlets with open jobs.
    note = 'Not available: GET /api/outlets; showing the outlets of the open jobs loaded.';
    const byOutlet = new Map();
    state.jobs.forEach(function (job) {
      const at = job.outlet_location;
      if (!at || !isOpen(job)) return;
      const p = byOutlet.get(job.outlet_id) || { name: job.outlet_name, city: job.city, locality: job.locality, id: job.outlet_id, lat: at.lat, lon: at.lon, open: 0 };
      p.open++;
      byOutlet.set(job.outlet_id, p);
    });
    points = Array.from(byOutlet.values());
  }
  points.forEach(function (p) { p.world = project(p.lat, p.lon); });
  map.points = points;
  map.loadNote = note;
  if (!map.view) map.view = fit(points);
  fillCrews();
  render();
  if (map.selected) showOutlet(points.find(function (p) { return p.id === map.selected; }));
}

// Web Mercator in world units (0..1), so that tiles, when configured, line up with the dots.
function project(lat, lon) {
  const clamped = Math.max(-85, Math.min(85, lat));
  const s = Math.sin(clamped * Math.PI / 180);
  return { x: (lon + 180) / 360, y: 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI) };
}

/** The view that shows every point: its centre in world units and its scale in px per world unit. */
function fit(points) {
  if (points.length === 0) return { cx: 0.5, cy: 0.5, scale: MIN_SCALE };
  const xs = points.map(function (p) { return p.world.x; }), ys = points.map(function (p) { return p.world.y; });
  let minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
  let minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
  const least = 0.0002; // about 8 km: one outlet alone is not drawn at an absurd zoom
  if (maxX - minX < least) { minX -= least / 2; maxX += least / 2; }
  if (maxY - minY < least) { minY -= least / 2; maxY += least / 2; }
  const scale = Math.min((W - 2 * PAD) / (maxX - minX), (H - 2 * PAD) / (maxY - minY));
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, scale: clampScale(scale) };
}

function clampScale(scale) {
  return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
}

function screen(world) {
  return { x: W / 2 + (world.x - map.view.cx) * map.view.scale, y: H / 2 + (world.y - map.view.cy) * map.view.scale };
}

/** Zooms by a factor about a point of the view (px), the centre by default: that point stays where it is. */
function zoomBy(factor, at) {
  if (!map.view) return;
  const px = at || { x: W / 2, y: H / 2 };
  const v = map.view;
  const wx = v.cx + (px.x - W / 2) / v.scale, wy = v.cy + (px.y - H / 2) / v.scale;
  const scale = clampScale(v.scale * factor);
  map.view = { cx: wx - (px.x - W / 2) / scale, cy: wy - (px.y - H / 2) / scale, scale: scale };
  render();
}

/**
 * Greedy clustering on screen: the outlets with the most open jobs first, each joins the first cluster whose first
 * outlet is within CLUSTER_PX, else starts one. A cluster is drawn at the middle of its outlets.
 */
function clusters(points) {
  const order = points.slice().sort(function (a, b) { return b.open - a.open || (a.id < b.id ? -1 : 1); });
  const found = [];
  order.forEach(function (p) {
    const at = screen(p.world);
    const near = found.find(function (c) { return Math.hypot(c.anchor.x - at.x, c.anchor.y - at.y) < CLUSTER_PX; });
    if (near) {
      near.members.push(p);
      near.sum.x += at.x; near.sum.y += at.y;
    } else {
      found.push({ anchor: at, members: [p], sum: { x: at.x, y: at.y } });
    }
  });
  found.forEach(function (c) {
    c.x = c.sum.x / c.members.length;
    c.y = c.sum.y / c.members.length;
    c.open = c.members.reduce(function (s, p) { return s + p.open; }, 0);
  });
  return found;
}

function render() {
  if (!map.view) return;
  const tileTemplate = localStorage.getItem(TILES_KEY);
  map.drawing++;
  const layers = [svg('rect', { x: 0, y: 0, width: W, height: H, class: 'map-sea' }), graticule()];
  map.failedTiles = 0;
  let zoom = null;
  if (tileTemplate) {
    zoom = Math.max(0, Math.min(19, Math.round(Math.log2(map.view.scale / 256))));
    if (navigator.onLine === false) {
      // Offline: no tile is asked for (it could only fail); the plain map shows and tiles come back online.
      map.failedTiles = 1;
    } else {
      layers.push(tiles(tileTemplate, zoom));
    }
  }
  const inView = map.points.filter(function (p) {
    const s = screen(p.world);
    return s.x > -CLUSTER_PX && s.x < W + CLUSTER_PX && s.y > -CLUSTER_PX && s.y < H + CLUSTER_PX;
  });
  const found = clusters(inView);
  const marks = svg('g', { class: 'map-marks' });
  const obstacles = [];
  found.forEach(function (c) {
    if (c.members.length === 1) {
      const p = c.members[0];
      const r = p.open > 0 ? 5 + 4 * Math.sqrt(p.open) : 3;
      c.r = r;
      obstacles.push(box(c.x - r, c.y - r, 2 * r, 2 * r));
      marks.appendChild(outletDot(p, c, r));
    } else {
      const r = 11 + 2.5 * Math.sqrt(c.members.length);
      c.r = r;
      obstacles.push(box(c.x - r, c.y - r, 2 * r, 2 * r));
      marks.appendChild(clusterMark(c, r));
    }
  });
  if (map.round) layers.push(roundLayer(map.round));
  layers.push(marks, labels(found, obstacles));
  const outlets = map.points.length;
  const open = map.points.reduce(function (s, p) { return s + p.open; }, 0);
  layers.push(svg('g', { class: 'map-legend' },
    svg('rect', { x: 10, y: H - 34, width: 360, height: 24, rx: 4 }),
    svg('circle', { cx: 26, cy: H - 22, r: 6, class: 'map-dot has-jobs' }),
    svg('text', { x: 38, y: H - 17 }, outlets + ' outlets · ' + open + ' open jobs · ' + found.length + ' marks' + (zoom !== null ? ' · tiles z' + zoom : ''))));
  const drawn = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'map', role: 'img', 'aria-label': 'Map of outlets with open jobs',
    id: 'outlet-map', 'data-scale': map.view.scale.toFixed(0), 'data-tile-attempt': map.tileAttempt }, layers);
  wirePanZoom(drawn);
  fill(map.box, map.loadNote ? el('p', { className: 'notice' }, map.loadNote) : null,
    map.points.length === 0 ? el('p', { className: 'muted' }, 'No outlet with a known location yet.') : drawn);
  tileNote();
}

function outletDot(p, c, r) {
  const title = p.name + ' — ' + [p.locality, p.city].filter(Boolean).join(', ') + ': ' + p.open + ' open job' + (p.open === 1 ? '' : 's');
  const dot = svg('circle', { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: r.toFixed(1), tabindex: 0, role: 'button', 'aria-label': title,
    class: 'map-dot' + (p.open > 0 ? ' has-jobs' : '') + (map.selected === p.id ? ' selected' : ''), 'data-outlet-id': p.id },
  svg('title', {}, title));
  activate(dot, function () { map.selected = p.id; render(); showOutlet(p); });
  return dot;
}

function clusterMark(c, r) {
  const title = c.members.length + ' outlets, ' + c.open + ' open jobs: click to zoom in';
  const mark = svg('g', { class: 'map-cluster', tabindex: 0, role: 'button', 'aria-label': title, 'data-count': c.members.length,
    'data-outlet-ids': c.members.map(function (p) { return p.id; }).join(' ') },
    svg('title', {}, title),
    svg('circle', { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: r.toFixed(1) }),
    svg('text', { x: c.x.toFixed(1), y: (c.y + 4).toFixed(1), 'text-anchor': 'middle' }, String(c.members.length)));
  activate(mark, function () { zoomInto(c); });
  return mark;
}

/**
 * Zooms in on a cluster: to its outlets' bounds, or less where that is enough to draw its two closest outlets apart,
 * but at least one zoom step. Its outlets stay in view, so a cluster of far-apart cities parts into its cities.
 */
function zoomInto(c) {
  let closest = Infinity;
  c.members.forEach(function (a, i) {
    c.members.slice(i + 1).forEach(function (b) {
      const d = Math.hypot(a.world.x - b.world.x, a.world.y - b.world.y);
      if (d > 0) closest = Math.min(closest, d);
    });
  });
  const bounds = fit(c.members);
  const apart = closest === Infinity ? ZOOM_STEP : (CLUSTER_PX * 1.2) / (closest * map.view.scale);
  const factor = Math.max(ZOOM_STEP, Math.min(apart, bounds.scale / map.view.scale));
  map.view = { cx: bounds.cx, cy: bounds.cy, scale: clampScale(map.view.scale * factor) };
  render();
}

function activate(node, action) {
  node.addEventListener('click', function (e) { if (!map.dragged) action(e); });
  node.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); action(e); } });
}

// Labels: the city names first, then the names of outlets drawn alone, most open jobs first; each at the first of
// four places around its mark that overlaps no label placed before, no mark and stays in the view, else not drawn.
function labels(found, obstacles) {
  const wanted = [];
  const cities = new Map();
  map.points.forEach(function (p) {
    const c = cities.get(p.city) || { x: 0, y: 0, n: 0 };
    c.x += p.world.x; c.y += p.world.y; c.n++;
    cities.set(p.city, c);
  });
  cities.forEach(function (c, name) {
    if (!name) return;
    const at = screen({ x: c.x / c.n, y: c.y / c.n });
    // Beside the mark nearest the city's middle when there is one close by (a cluster of the city), else at the middle.
    let mark = null;
    found.forEach(function (f) {
      const d = Math.hypot(f.x - at.x, f.y - at.y);
      if (d < f.r + CLUSTER_PX && (!mark || d < mark.d)) mark = { d: d, f: f };
    });
    const anchor = mark ? { x: mark.f.x, y: mark.f.y, r: mark.f.r + 3 } : { x: at.x, y: at.y, r: 6 };
    wanted.push({ text: name, x: anchor.x, y: anchor.y, r: anchor.r, kind: 'map-city', size: 13, weight: 600 });
  });
  found.filter(function (c) { return c.members.length === 1; })
    .sort(function (a, b) { return b.open - a.open; })
    .forEach(function (c) {
      const p = c.members[0];
      wanted.push({ text: p.name || p.id, x: c.x, y: c.y, r: c.r + 3, kind: 'map-label', size: 11, weight: 400 });
    });
  const placed = [];
  const nodes = [];
  wanted.forEach(function (w) {
    const width = textWidth(w.text, w.size, w.weight) + 4;
    const height = w.size + 4;
    const spots = [
      { x: w.x + w.r, y: w.y - height / 2, anchor: 'start' },
      { x: w.x - w.r - width, y: w.y - height / 2, anchor: 'end' },
      { x: w.x - width / 2, y: w.y - w.r - height, anchor: 'middle' },
      { x: w.x - width / 2, y: w.y + w.r, anchor: 'middle' }];
    const spot = spots.find(function (s) {
      const b = box(s.x, s.y, width, height);
      return b.x >= 0 && b.y >= 0 && b.x + b.w <= W && b.y + b.h <= H - 36
        && !placed.some(function (o) { return overlaps(o, b); })
        && !obstacles.some(function (o) { return overlaps(o, b); });
    });
    if (!spot) return;
    placed.push(box(spot.x, spot.y, width, height));
    const tx = spot.anchor === 'start' ? spot.x + 2 : spot.anchor === 'end' ? spot.x + width - 2 : spot.x + width / 2;
    nodes.push(svg('text', { x: tx.toFixed(1), y: (spot.y + height - 4).toFixed(1), class: w.kind, 'text-anchor': spot.anchor }, w.text));
  });
  return svg('g', { class: 'map-labels' }, nodes);
}

function box(x, y, w, h) {
  return { x: x, y: y, w: w, h: h };
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** How wide a label is drawn, measured with the page's font on a canvas (which works while the view is hidden). */
function textWidth(text, size, weight) {
  if (!measure) measure = document.createElement('canvas').getContext('2d');
  measure.font = weight + ' ' + size + 'px ' + getComputedStyle(document.body).fontFamily;
  return measure.measureText(text).width;
}

function wirePanZoom(drawn) {
  const toView = function (e) {
    const rect = drawn.getBoundingClientRect();
    return { x: (e.clientX - rect.left) * W / rect.width, y: (e.clientY - rect.top) * H / rect.height };
  };
  drawn.addEventListener('wheel', function (e) {
    e.preventDefault();
    zoomBy(Math.exp(-e.deltaY * 0.002), toView(e));
  }, { passive: false });
  let from = null;
  drawn.addEventListener('pointerdown', function (e) { from = { p: toView(e), view: map.view }; map.dragged = false; });
  drawn.addEventListener('pointermove', function (e) {
    if (!from) return;
    const p = toView(e);
    const dx = p.x - from.p.x, dy = p.y - from.p.y;
    if (!map.dragged && Math.hypot(dx, dy) < 4) return;
    map.dragged = true;
    drawn.querySelectorAll('.map-marks, .map-labels, .map-tiles, .map-round').forEach(function (g) { g.setAttribute('transform', 'translate(' + dx + ' ' + dy + ')'); });
  });
  const end = function (e) {
    if (!from) return;
    if (map.dragged) {
      const p = toView(e);
      map.view = { cx: from.view.cx - (p.x - from.p.x) / from.view.scale, cy: from.view.cy - (p.y - from.p.y) / from.view.scale, scale: from.view.scale };
      from = null;
      render();
      // The click that ends a drag is not a click on what is under it.
      setTimeout(function () { map.dragged = false; }, 0);
      return;
    }
    from = null;
  };
  drawn.addEventListener('pointerup', end);
  drawn.addEventListener('pointerleave', end);
}

// --- Tiles: hidden when they fail, the plain map beneath; asked for again when back online -------------------------

function tiles(template, zoom) {
  const n = Math.pow(2, zoom);
  const size = map.view.scale / n;
  const v = map.view;
  const x0 = Math.floor((v.cx - W / 2 / v.scale) * n), x1 = Math.floor((v.cx + W / 2 / v.scale) * n);
  const y0 = Math.max(0, Math.floor((v.cy - H / 2 / v.scale) * n)), y1 = Math.min(n - 1, Math.floor((v.cy + H / 2 / v.scale) * n));
  const images = [];
  const drawing = map.drawing;
  for (let tx = x0; tx <= x1 && tx - x0 < MAX_TILES; tx++) {
    for (let ty = y0; ty <= y1 && ty - y0 < MAX_TILES; ty++) {
      const wrapped = ((tx % n) + n) % n;
      const href = template.replace('{z}', zoom).replace('{x}', wrapped).replace('{y}', ty);
      const s = screen({ x: tx / n, y: ty / n });
      const image = svg('image', { x: s.x.toFixed(1), y: s.y.toFixed(1), width: size.toFixed(1), height: size.toFixed(1), class: 'map-tile',
        preserveAspectRatio: 'none' });
      image.addEventListener('error', function () {
        image.classList.add('failed');
        if (drawing !== map.drawing) return; // a tile of a map drawn before
        map.failedTiles++;
        tileNote();
      });
      image.addEventListener('load', function () { image.classList.add('loaded'); });
      image.setAttribute('href', href);
      images.push(image);
    }
  }
  return svg('g', { class: 'map-tiles' }, images);
}

function retryTiles() {
  map.tileAttempt++;
  render();
}

function tileNote() {
  if (!map.note) return;
  if (map.failedTiles === 0 || !localStorage.getItem(TILES_KEY)) {
    map.note.hidden = true;
    return;
  }
  fill(map.note, (navigator.onLine === false ? 'Offline: ' : map.failedTiles + ' map tiles could not be loaded: ')
    + 'showing the plain map. Tiles are tried again when the browser is back online. ',
  el('button', { type: 'button', id: 'map-retry-tiles', className: 'link', onclick: retryTiles }, 'Try the tiles again'));
  map.note.hidden = false;
}

function graticule() {
  // Lines every round number of degrees, about six across the view.
  const v = map.view;
  const sx = function (x) { return W / 2 + (x - v.cx) * v.scale; };
  const sy = function (y) { return H / 2 + (y - v.cy) * v.scale; };
  const degreesAcross = W / v.scale * 360;
  const steps = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30];
  const step = steps.find(function (s) { return degreesAcross / s <= 8; }) || 45;
  const digits = step < 0.01 ? 3 : step < 1 ? 2 : 0;
  const lonFrom = (v.cx - W / 2 / v.scale) * 360 - 180, lonTo = (v.cx + W / 2 / v.scale) * 360 - 180;
  const lines = [];
  for (let lon = Math.ceil(lonFrom / step) * step; lon <= lonTo; lon += step) {
    const x = sx((lon + 180) / 360);
    lines.push(svg('line', { x1: x, y1: 0, x2: x, y2: H }), svg('text', { x: x + 3, y: 12 }, lon.toFixed(digits) + '°E'));
  }
  const latOf = function (y) { return Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180 / Math.PI; };
  const latTop = latOf(v.cy - H / 2 / v.scale), latBottom = latOf(v.cy + H / 2 / v.scale);
  for (let lat = Math.ceil(latBottom / step) * step; lat <= latTop; lat += step) {
    const y = sy(project(lat, 0).y);
    lines.push(svg('line', { x1: 0, y1: y, x2: W, y2: y }), svg('text', { x: 3, y: y - 3 }, lat.toFixed(digits) + '°N'));
  }
  return svg('g', { class: 'map-grid' }, lines);
}

// --- The outlet panel: its open jobs, each linking to its detail in the queue --------------------------------------

function showOutlet(p) {
  if (!p) {
    map.selected = null;
    return;
  }
  const now = Date.now();
  const jobs = Array.from(state.jobs.values()).filter(function (j) { return j.outlet_id === p.id && isOpen(j); })
    .sort(function (a, b) { return Date.parse(a.due_at) - Date.parse(b.due_at) || a.id - b.id; });
  const missing = p.open - jobs.length;
  fill(map.panel,
    el('h3', {}, p.name || p.id),
    el('p', { className: 'muted' }, [p.locality, p.city].filter(Boolean).join(', '), ' · ', p.id),
    el('p', {}, p.open + (p.open === 1 ? ' open job' : ' open jobs')),
    el('ul', { id: 'map-outlet-jobs', className: 'map-jobs' }, jobs.map(function (j) {
      return el('li', { className: (state.sla ? state.sla.urgency(j.due_at, now) : '') },
        el('a', { href: '#', className: 'job-link', 'data-job-id': j.id, onclick: function (e) { e.preventDefault(); openJob(j.id); } },
          '#' + j.id + ' ' + (j.sku || ('any ' + (j.brand || '')))),
        ' · ' + j.status.replace('_', ' ') + ' · ' + timeLeft(j.due_at, now) + (j.crew_id ? ' · ' + j.crew_id : ''));
    })),
    missing > 0 ? el('p', { className: 'muted' }, missing + ' more not among the jobs loaded in the queue.') : null,
    el('button', { type: 'button', onclick: function () { map.selected = null; render(); fill(map.panel); } }, 'Close'));
}

// --- A crew's round (GET /api/crews/{id}/route) drawn over the map ---------------------------------------------------

function fillCrews() {
  const ids = state.crews.map(function (c) { return c.id; });
  if (map.crew.options.length === ids.length + 1) return;
  const chosen = map.crew.value;
  fill(map.crew, el('option', { value: '' }, 'none'), ids.map(function (id) { return el('option', { value: id }, id); }));
  map.crew.value = chosen;
}

async function loadRound(crewId) {
  const mine = ++roundsAsked;
  if (!crewId) {
    map.round = null;
    render();
    return;
  }
  try {
    const round = await api('/api/crews/' + encodeURIComponent(crewId) + '/route');
    if (mine !== roundsAsked) return;
    map.round = round;
  } catch (e) {
    if (mine !== roundsAsked) return;
    map.round = null;
    say('Cannot load the round of ' + crewId + ': ' + e.message, 'error');
  }
  render();
}

function roundLayer(round) {
  const located = round.stops.filter(function (s) { return s.location; });
  const at = function (point) { return screen(project(point.lat, point.lon)); };
  const path = (round.start ? [round.start] : []).concat(located.map(function (s) { return s.location; })).map(at);
  const parts = [svg('polyline', { points: path.map(function (p) { return p.x.toFixed(1) + ',' + p.y.toFixed(1); }).join(' '), class: 'map-round-line' })];
  if (round.start) {
    const b = at(round.start);
    parts.push(svg('rect', { x: (b.x - 6).toFixed(1), y: (b.y - 6).toFixed(1), width: 12, height: 12, class: 'map-round-base' }, svg('title', {}, round.crew_id + '’s base')));
  }
  located.forEach(function (s) {
    const p = at(s.location);
    parts.push(svg('g', { class: 'map-round-stop', 'data-stop': s.stop },
      svg('circle', { cx: (p.x + 12).toFixed(1), cy: (p.y - 12).toFixed(1), r: 8 }),
      svg('text', { x: (p.x + 12).toFixed(1), y: (p.y - 8.5).toFixed(1), 'text-anchor': 'middle' }, String(s.stop)),
      svg('title', {}, 'Stop ' + s.stop + ': ' + (s.outlet_name || s.outlet_id) + ' (' + s.jobs.length + (s.jobs.length === 1 ? ' job)' : ' jobs)'))));
  });
  return svg('g', { class: 'map-round' }, parts);
}
