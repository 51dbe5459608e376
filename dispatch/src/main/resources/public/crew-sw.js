// The crew page's service worker (registered by crew/offline.js with scope /crew: it controls the crew page and no
// other). It keeps the page's shell and the crew's last answers to GET /api/me and GET /api/my/jobs, so that a reload
// without a network still shows the page and the last jobs. Network first: online, the page always gets fresh files
// and answers, and the copies are refreshed as they pass. Nothing else is touched: POSTs (the page queues them itself,
// crew/queue.js), the event stream, photos and every other API call go to the network as if there were no worker.
const SHELL = 'restockradar-crew-shell-v1';
const ANSWERS = 'restockradar-crew-answers-v1';
/** The page and the files it loads, kept at install; the page sends the list of what it really loaded (message 'keep'). */
const SHELL_FILES = ['/crew.html', '/crew.js', '/style.css', '/crew/offline.js', '/crew/queue.js',
  '/common/api.js', '/common/dom.js', '/common/session.js', '/common/sla.js'];
/** The API answers kept, per token: who the caller is and its job list. */
const KEPT_ANSWERS = ['/api/me', '/api/my/jobs'];
/** The header that tells the page an answer is a copy, and from when. */
const COPY_HEADER = 'X-Offline-Copy';
/** The header by which the page, knowing it is offline (navigator.onLine), asks for the copy without trying the network. */
const PREFER_COPY = 'X-Prefer-Copy';

self.addEventListener('install', function (event) {
  // One file missing (renamed, say) must not stop the worker from installing: each is kept on its own.
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return Promise.all(SHELL_FILES.map(function (url) { return cache.add(url).catch(function (e) { console.warn('not kept', url, e); }); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.startsWith('restockradar-crew-') && name !== SHELL && name !== ANSWERS; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

// The page lists the files it loaded (its modules may change): they are kept, and the page told when they are.
self.addEventListener('message', function (event) {
  const data = event.data || {};
  if (data.type !== 'keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter(function (url) {
    const parsed = new URL(url, self.location.origin);
    return parsed.origin === self.location.origin && !parsed.pathname.startsWith('/api/');
  });
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return Promise.all(urls.map(function (url) { return cache.add(url).catch(function (e) { console.warn('not kept', url, e); }); }));
  }).then(function () {
    if (event.source) event.source.postMessage({ type: 'kept', count: urls.length });
  }));
});

self.addEventListener('fetch', function (event) {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    if (KEPT_ANSWERS.indexOf(url.pathname) >= 0) event.respondWith(answer(request, url));
    return;
  }
  event.respondWith(shell(request));
});

/** A file of the page: the network's, kept as it passes; without a network, the copy (the page itself for a navigation). */
async function shell(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request.mode === 'navigate' ? new URL(request.url).pathname : request, response.clone());
    return response;
  } catch (offline) {
    const kept = await cache.match(request, { ignoreSearch: true })
      || (request.mode === 'navigate' ? await cache.match('/crew.html') : undefined);
    if (kept) return kept;
    throw offline;
  }
}

/** An API answer kept per token (a phone may be signed in as another crew later): the network's, else the last copy. */
async function answer(request, url) {
  const key = url.pathname + '?as=' + await tokenDigest(request.headers.get('Authorization') || '');
  const cache = await caches.open(ANSWERS);
  if (request.headers.get(PREFER_COPY)) {
    const kept = await cache.match(key);
    if (kept) return kept;
  }
  try {
    const response = await fetch(request);
    if (response.ok) {
      const headers = new Headers(response.headers);
      headers.set(COPY_HEADER, new Date().toISOString());
      await cache.put(key, new Response(await response.clone().blob(), { status: response.status, headers: headers }));
    }
    return response;
  } catch (offline) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw offline;
  }
}

/** The token as a SHA-256 digest: the cache keys never hold it. */
async function tokenDigest(authorization) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(authorization));
  return Array.from(new Uint8Array(digest)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
}
