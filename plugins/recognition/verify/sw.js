// The verification page's service worker: keeps the offline page, its script, the provinces'
// public keys and the revocation lists, so that /verify/<serial>#<payload> is checked with no
// network. Network first for everything (fresh lists when online), the kept copy otherwise.
const CACHE = 'dienhinh-verify-1';
const SHELL = ['/verify/offline', '/verify/offline.js', '/verify/keys.json'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (
    event.request.method !== 'GET' ||
    url.origin !== location.origin ||
    !url.pathname.startsWith('/verify/')
  )
    return;
  const kept =
    url.pathname === '/verify/keys.json' ||
    url.pathname === '/verify/offline.js' ||
    url.pathname.startsWith('/verify/status/');
  event.respondWith(
    fetch(event.request)
      .then((res) => {
        if (res.ok && kept) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(url.pathname, copy));
        }
        return res;
      })
      .catch(() =>
        caches
          .match(url.pathname)
          .then(
            (hit) =>
              hit ||
              (event.request.mode === 'navigate'
                ? caches.match('/verify/offline')
                : Response.error()),
          ),
      ),
  );
});
