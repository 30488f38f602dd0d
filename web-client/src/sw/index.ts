// The service worker: the app shell (page, script, manifest, icons) is precached at install from a list the build
// writes, so the app opens with no network after the first visit. Nothing else is cached here: GraphQL and photo
// blocks always go to the network, and the data the screens show lives in IndexedDB.

export type {};

// Give TypeScript the correct global.
declare const self: ServiceWorkerGlobalScope;
/** Written by the build: a hash of the shell's files, and the files. */
declare const VERSION: string;
declare const PRECACHE: string[];

const SHELL = 'shell-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Older shells go once the new one is in place; the new one takes the open pages at once.
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('shell-') && name !== SHELL) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other origins, writes and the API are none of the shell's business.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('/graphql') || url.pathname.includes('/uploads/')) return;
  event.respondWith((async () => {
    const cache = await caches.open(SHELL);
    // Every address of the app is the same page: the screen comes from the #fragment.
    const hit = request.mode === 'navigate' ? await cache.match('index.html') : await cache.match(request, { ignoreSearch: true });
    return hit ?? fetch(request);
  })());
});
