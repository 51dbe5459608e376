// The map view: the outlets with open jobs as dots sized by how many, on an inline SVG in Web Mercator fitted to their
// bounds; no tiles needed, tiles from a configured template when wanted.
import { api } from '../common/api.js';
import { el, fill, svg } from '../common/dom.js';
import { state, isOpen } from './state.js';

const TILES_KEY = 'restockradar.tiles';

const map = {};

export function buildMap() {
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

/** Draws the outlets with open jobs (GET /api/outlets, or the open jobs loaded where it is not served). */
export async function loadMap() {
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
      const at = job.outlet_location;
      if (!at || !isOpen(job)) return;
      const p = byOutlet.get(job.outlet_id) || { name: job.outlet_name, city: job.city, locality: job.locality, id: job.outlet_id, lat: at.lat, lon: at.lon, open: 0 };
      p.open++;
      byOutlet.set(job.outlet_id, p);
    });
    points = Array.from(byOutlet.values());
  }
  fill(map.box, note ? el('p', { className: 'notice' }, note) : null,
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