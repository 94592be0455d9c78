// The offline service worker. scripts/finish_site.mjs writes it to the site's root (so its scope
// is the whole app) with this build's version and file list filled in.
//
// On install it stores the app shell, the page's and the CPU worker's WebAssembly modules and the
// shipped model files; every other file the app fetches from its origin (the WebGPU module,
// where the browser uses it; the real digits, www/data) is stored as it is fetched. Requests go to the network first, so an online reader always gets
// the current build, and fall back to the stored copy offline. A new build has a new version: its
// install stores a fresh copy and its activation deletes the old one.
const VERSION = '__GENLAB_VERSION__';
const PRECACHE = __GENLAB_PRECACHE__;
const CACHE = `genlab-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('genlab-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (offline) {
      // A link's query (?page=gan…) or the worker's (?gpu=1) does not change the file.
      const stored = await cache.match(request, { ignoreSearch: true });
      if (stored) return stored;
      throw offline;
    }
  })());
});
