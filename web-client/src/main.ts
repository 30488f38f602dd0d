// The first-load shell: picks the screen from the address (#/p/<partnership>, #/s/<partnership>/<shipment>[/<box>], the
// North's #/r/, #/n/ and #/l/ screens, the fund's #/f/ and #/m/ and the researchers' #/d/ and #/a/, loaded on demand),
// starts the outbox's sync for the person signed in on this phone, and once a signed-in screen is up, registers the
// service worker that keeps the app on the phone for the days without network. Nothing on the way to the first screen
// waits on the network: the page carries the app, and the screens read what the phone keeps.

import { Session, header, openDatabases, type Viewer } from './app';
import { h, pruneStyles } from './dom';
import { bi, lang } from './i18n';
import { homeScreen } from './screens/home';
import { partnershipScreen } from './screens/partnership';
import { receivingScreen } from './screens/receiving';
import { signInScreen } from './screens/sign-in';

const root = document.getElementById('app')!;
let session: Session | null = null;

async function show(): Promise<void> {
  if (!session) {
    root.replaceChildren(signInScreen((viewer) => void boot(viewer)));
    document.getElementById('email')?.focus();
    void openDatabases();
    return;
  }
  // The screen on show stops listening to the copy; the next one watches what it shows.
  session.replica.leaveScreen();
  const [, screen, a, b, c, d] = location.hash.split('/').map(decodeURIComponent);
  // The North's screens (r: report, n: new shipment, l: packing list and labels) are chunks loaded when opened.
  const main = screen === 'p' && a ? await partnershipScreen(session, a)
    : screen === 's' && a && b ? await receivingScreen(session, a, b, c)
    : screen === 'r' && a && b ? await (await import('./north/report')).reportScreen(session, a, b)
    : screen === 'n' && a ? (await import('./north/shipment-form')).shipmentFormScreen(session, a)
    : screen === 'l' && a && b ? await (await import('./north/packing')).packingScreen(session, a, b, c)
    // The fund's reviewer (f: a file) and manager (m: a call's ranking), the researchers (d: documents, a: annotate).
    : screen === 'f' && a ? await (await import('./fund/review')).reviewScreen(session, a)
    : screen === 'm' && a ? await (await import('./fund/ranking')).rankingScreen(session, a)
    : screen === 'd' && a ? await (await import('./research/annotate')).documentsScreen(session, a)
    : screen === 'a' && a && b && c ? await (await import('./research/annotate')).annotateScreen(session, a, b, c, d ?? '1')
    // The person's notices (avis), read from the server.
    : screen === 'avis' ? await (await import('./screens/notifications')).noticesScreen(session)
    : homeScreen(session);
  const previous = document.getElementById('main');
  if (previous) previous.replaceWith(main);
  else root.replaceChildren(session.frame(main));
  pruneStyles();
  document.title = `${main.querySelector('h2')?.textContent ?? 'Coopération'} — Coopération`;
  // Moving focus to the new screen tells a screen reader it changed, and puts the keyboard at its top; a screen
  // opened on one part of itself (a box by its label) marks that part instead, focused and so scrolled to.
  const part = main.querySelector<HTMLElement>('[data-focus]');
  if (part) part.focus();
  else if (previous) main.focus();
}

/** `signedIn`: the sign-in's answer, which says who the person is without another round trip. */
async function boot(signedIn?: Viewer): Promise<void> {
  session = await Session.open(signedIn);
  if (session) {
    root.replaceChildren();
    await show();
    await session.refresh();
    // The screen is up; now the network: the first sync, the viewer read again (not needed right after the sign-in
    // that answered it), the shell kept on the phone.
    session.start();
    if (!signedIn) void session.refreshViewer();
    keepOnPhone();
  } else {
    await show();
  }
}

/**
 * The service worker and the manifest, once someone is signed in: before that the app is of no use offline, and on
 * EDGE their dozen requests would take the connections the sign-in needs. The manifest's link is added here too,
 * since the browser fetches it as soon as it sees it.
 */
function keepOnPhone(): void {
  if (!document.querySelector('link[rel=manifest]')) document.head.append(h('link', { rel: 'manifest', href: 'manifest.webmanifest' }));
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch(() => {
      // Without it the app still works online; nothing to tell the person.
    });
  }
}

document.documentElement.lang = lang();
window.addEventListener('hashchange', () => void show());
boot().catch((e) => root.replaceChildren(header(), h('p', { role: 'alert' }, bi('Erreur au démarrage', 'Start-up error'), ` ${e}`)));
