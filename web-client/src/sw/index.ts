// The service worker: the app shell (the page, which carries the app's script, the field screens loaded on demand,
// the manifest, the icons) is precached at install from a list the build writes, so the app opens with no network
// after the first visit; a desk's screen is kept once opened (web-client/scripts/shell.mjs). Nothing else is cached here: GraphQL and photo
// blocks always go to the network, and the data the screens show lives in IndexedDB.

export type {};

// Give TypeScript the correct global.
declare const self: ServiceWorkerGlobalScope;
/** Written by the build: a hash of the shell's files, and the files ('./' is the page, at the app's address). */
declare const VERSION: string;
declare const PRECACHE: string[];

const SHELL = 'shell-' + VERSION;
const PAGE = './';

/** Chromium's static routing (123+): routes the browser follows without starting this worker. Not in TypeScript's lib. */
type RouterRule = { condition: { requestMode?: string; urlPattern?: unknown }; source: string | { cacheName: string } };
type RoutingInstallEvent = ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };
declare const URLPattern: new (init: { pathname: string }) => unknown;

self.addEventListener('install', (event) => {
  // Revalidated, never taken as they sit in the HTTP cache: the version's files, not an older page kept by the
  // browser. The page the browser just loaded costs a 304, not its bytes again.
  const requests = PRECACHE.map((file) => new Request(file, { cache: 'no-cache' }));
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
  // Opening the app is answered from the cache by the browser itself: starting this worker costs a slow phone
  // hundreds of milliseconds, on the way to the first screen of every visit. Elsewhere the fetch handler does it.
  const addRoutes = (event as RoutingInstallEvent).addRoutes?.bind(event);
  if (addRoutes) {
    const condition = { requestMode: 'navigate', urlPattern: new URLPattern({ pathname: new URL(PAGE, self.registration.scope).pathname }) };
    event.waitUntil(addRoutes([{ condition, source: { cacheName: SHELL } }])
      .catch(() => addRoutes([{ condition, source: 'cache' }]))
      .catch(() => {
        // An older static routing, or none: the fetch handler answers.
      }));
  }
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
    // Every address of the app is the same page: the screen comes from the #fragment. One lookup, straight in this
    // version's cache: on a repeat visit with no network, this is all that stands before the app's first screen.
    const hit = await caches.match(request.mode === 'navigate' ? PAGE : request, { cacheName: SHELL, ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request);
    // A desk's chunk, left out of the shell (an administrator's, a fund manager's screen): kept once opened, with
    // this version, so that it reopens offline too.
    if (response.ok && url.pathname.endsWith('.js')) {
      const kept = response.clone();
      event.waitUntil(caches.open(SHELL).then((cache) => cache.put(request, kept)));
    }
    return response;
  })());
});
