// The first-load shell: picks the screen from the address (#/p/<partnership>, #/s/<partnership>/<shipment>[/<box>], the
// North's #/r/, #/n/ and #/l/ screens, the fund's #/f/, #/m/, #/g/, #/o/ and #/k/ and the researchers' #/d/ and #/a/, loaded on demand),
// starts the outbox's sync for the person signed in on this phone, and once a signed-in screen is up, registers the
// service worker that keeps the app on the phone for the days without network. Nothing on the way to the first screen
// waits on the network: the page carries the app, and the screens read what the phone keeps.

import { Session, header, openDatabases, type Viewer } from './app';
import { h, pruneStyles } from './dom';
import { bi, lang } from './i18n';
import { homeScreen } from './screens/home';
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
  // Past the home screen, every screen is a chunk loaded when opened, which the service worker keeps for offline use:
  // a partnership's page, the receiving tick-list, the North's (r: report, n: new shipment, l: packing list and labels).
  const main = screen === 'p' && a ? await (await import('./screens/partnership')).partnershipScreen(session, a)
    : screen === 's' && a && b ? await (await import('./screens/receiving')).receivingScreen(session, a, b, c)
    : screen === 'r' && a && b ? await (await import('./north/report')).reportScreen(session, a, b)
    : screen === 'n' && a ? (await import('./north/shipment-form')).shipmentFormScreen(session, a)
    : screen === 'l' && a && b ? await (await import('./north/packing')).packingScreen(session, a, b, c)
    // A shipment's reconciliation (c), the South's answer to a report (v), the field missions (i) or one of them.
    : screen === 'c' && a && b ? await (await import('./north/reconciliation')).reconciliationScreen(session, a, b)
    : screen === 'v' && a && b ? await (await import('./south/report-answer')).reportAnswerScreen(session, a, b)
    : screen === 'i' && a ? await (await import('./missions/mission')).missionScreen(session, a, b)
    // A partnership's budget and funding for a year (b).
    : screen === 'b' && a ? await (await import('./money/budget')).moneyScreen(session, a, b)
    // The fund's reviewer (f: a file) and manager (m: a call's ranking), the researchers (d: documents, a: annotate).
    : screen === 'f' && a ? await (await import('./fund/review')).reviewScreen(session, a)
    : screen === 'm' && a ? await (await import('./fund/ranking')).rankingScreen(session, a)
    // The applicant's file (g), and the manager's: a call to open or edit (o), a file to assign and decide (k).
    : screen === 'g' && a ? await (await import('./fund/application')).applicationScreen(session, a)
    : screen === 'o' ? await (await import('./fund/desk')).callScreen(session, a)
    : screen === 'k' && a ? await (await import('./fund/desk')).decisionScreen(session, a)
    : screen === 'd' && a ? await (await import('./research/annotate')).documentsScreen(session, a)
    : screen === 'a' && a && b && c ? await (await import('./research/annotate')).annotateScreen(session, a, b, c, d ?? '1')
    // One's own password, and the administrators' screen on people.
    : screen === 'mot-de-passe' ? (await import('./accounts/password')).passwordScreen(session)
    : screen === 'administration' ? await (await import('./accounts/administration')).administrationScreen(session)
    // Every partnership the person may read at a glance, for the fund's managers, administrators and North staff.
    : screen === 't' ? await (await import('./dashboard/dashboard')).dashboardScreen(session)
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
  // Any other screen opens at its top, whatever the previous one was scrolled to.
  const part = main.querySelector<HTMLElement>('[data-focus]');
  if (part) part.focus();
  else {
    if (previous) main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
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

/**
 * The app's own words, in both languages, for a field the browser refuses (`required`, `type=email`…), in place of
 * its bubble: one listener for every form of every screen; the words come with ./validation, loaded when first needed.
 */
function ownValidationMessages(): void {
  let focused = false;
  document.addEventListener('invalid', (event) => {
    event.preventDefault();
    const control = event.target as HTMLInputElement;
    void import('./validation').then((v) => v.show(control));
    // The first refused field of a submit takes the focus.
    if (!focused) {
      focused = true;
      control.focus();
      setTimeout(() => (focused = false));
    }
  }, true);
  document.addEventListener('input', (event) => {
    const control = event.target as HTMLInputElement;
    if (control.getAttribute('aria-invalid') === 'true' && control.validity.valid) void import('./validation').then((v) => v.hide(control));
  }, true);
}

document.documentElement.lang = lang();
ownValidationMessages();
window.addEventListener('hashchange', () => void show());
boot().catch((e) => root.replaceChildren(header(), h('p', { role: 'alert' }, bi('Erreur au démarrage', 'Start-up error'), ` ${e}`)));
