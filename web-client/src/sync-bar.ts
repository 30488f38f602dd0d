// The sync bar: one row under the title line, in the page's flow (it never covers what a screen shows), saying what
// is waiting, whether it can leave now (« Hors ligne — envoi automatique au retour du réseau », « Envoi… ») and
// when the last send went through, with « Synchroniser » beside.

import { agoText } from './dates';
import { h } from './dom';
import { bi } from './i18n';
import { pendingWords } from './words';

export interface SyncState {
  /** false: the phone says it has no network, or the last attempt found none. */
  online: boolean;
  /** A round trip is under way. */
  running: boolean;
  /** When the last round trip went through (ms), null if never on this phone for this person. */
  lastSent: number | null;
}

/** What the bar says of the sync, French and English. `now` in ms. */
export function syncText(state: SyncState, now: number): [string, string] {
  if (!state.online) return ['Hors ligne — envoi automatique au retour du réseau', 'Offline — sent automatically when the network returns'];
  if (state.running) return ['Envoi…', 'Sending…'];
  if (state.lastSent === null) return ['Rien encore envoyé depuis ce téléphone', 'Nothing sent from this phone yet'];
  const [fr, en] = agoText(state.lastSent, now);
  return [`Dernier envoi ${fr}`, `Last sent ${en}`];
}

/** Said under the bar when « Synchroniser » is tapped with no network: the tap was heard, and nothing is lost. */
export const OFFLINE_TAP: [string, string] = [
  'Pas de réseau : tout reste gardé ici et partira de lui-même à son retour.',
  'No network: everything stays kept here and leaves by itself when it returns.',
];

const LAST_SENT_KEY = 'cooperation.lastSent';

export class SyncBar {
  readonly element: HTMLElement;
  private readonly _pending = h('span', { id: 'pending' });
  private readonly _words = h('span', { id: 'sync-state' });
  private readonly _note = h('p', { id: 'sync-note', role: 'status', 'aria-live': 'polite' });
  private _state: SyncState;

  constructor(
    private readonly _person: string,
    syncNow: () => Promise<void>,
  ) {
    this._state = { online: navigator.onLine, running: false, lastSent: this._keptLastSent() };
    const sync = h('button', {
      type: 'button', id: 'sync',
      onclick: async () => {
        this._note.replaceChildren();
        if (navigator.onLine) await syncNow();
        if (!navigator.onLine || !this._state.online) this._note.replaceChildren(bi(...OFFLINE_TAP));
      },
    }, bi('Synchroniser', 'Sync'));
    this.element = h('div', {},
      h('div', { class: 'bar' },
        h('span', { class: 'bar-words', role: 'status', 'aria-live': 'polite' }, this._pending, this._words), sync),
      this._note);
    for (const event of ['online', 'offline']) window.addEventListener(event, () => this.set({ online: navigator.onLine }));
    // « il y a 3 min » moves on while the screen stays.
    setInterval(() => this._paint(), 30_000);
    this._paint();
  }

  get state(): SyncState {
    return this._state;
  }

  /** A round trip started or ended (`error`: the network failed it, or the server). */
  attempt(running: boolean, error: unknown, offline: (e: unknown) => boolean): void {
    if (running) this.set({ running });
    else if (!error) {
      const now = Date.now();
      localStorage.setItem(`${LAST_SENT_KEY}.${this._person}`, String(now));
      this._note.replaceChildren();
      this.set({ running, online: true, lastSent: now });
    } else this.set({ running, online: navigator.onLine && !offline(error) });
  }

  pendingCount(count: number): void {
    this._pending.replaceChildren(pendingWords(count));
  }

  set(change: Partial<SyncState>): void {
    this._state = { ...this._state, ...change };
    this._paint();
  }

  private _paint(): void {
    const [fr, en] = syncText(this._state, Date.now());
    // Written only when the words change: a status read aloud every 30 s for nothing would be noise.
    if (this._words.dataset.text !== fr) {
      this._words.dataset.text = fr;
      this._words.replaceChildren(bi(fr, en));
    }
    this.element.firstElementChild!.classList.toggle('offline', !this._state.online);
  }

  /** Signed out: when this person last sent is nobody else's business. */
  forget(): void {
    localStorage.removeItem(`${LAST_SENT_KEY}.${this._person}`);
  }

  private _keptLastSent(): number | null {
    const kept = Number(localStorage.getItem(`${LAST_SENT_KEY}.${this._person}`));
    return kept > 0 ? kept : null;
  }
}
