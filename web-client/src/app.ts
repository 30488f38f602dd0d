// The signed-in person's session on this phone: the API, the outbox and its sync into the replica, what the server
// said about refused actions, and the frame every screen sits in (pending line, « Synchroniser », language, sign-out).

import ids from 'virtual:document-ids';
import { Api, ApiError, type TokenStore, type Tokens } from './api';
import { Replica } from './replica/replica';
import { Store } from './replica/store';
import { h } from './dom';
import { bi, biText, lang, plain, setLang } from './i18n';
import { refreshUnread, noticesLink } from './notice-count';
import { NoticeStore, openNoticeDb, type NoticeDb } from './notices';
import { Outbox, openOutboxDb, type OutboxDb } from './outbox';
import type { ActionInputs, Kind } from './replica/actions';
import { accountMenu } from './menu';
import { SyncScheduler } from './sync';
import { SyncBar } from './sync-bar';
import { actionWord } from './words';

const TOKENS_KEY = 'cooperation.tokens';
const PERSON_KEY = 'cooperation.person';
const VIEWER_KEY = 'cooperation.viewer';

/** Kept in localStorage so the person stays signed in across reloads; the refresh token renews the short access token. */
export const tokens: TokenStore = {
  get: () => JSON.parse(localStorage.getItem(TOKENS_KEY) ?? 'null') as Tokens | null,
  set: (value) => (value ? localStorage.setItem(TOKENS_KEY, JSON.stringify(value)) : localStorage.removeItem(TOKENS_KEY)),
};

export interface Membership {
  role: string;
  partnership: { id: string; slug: string; name: string };
}

export interface Viewer {
  email: string;
  displayName: string;
  roles: string[];
  memberships: Membership[];
}

/** No answer from the network: show what is kept, queue what is done. */
export const offline = (e: unknown) => e instanceof ApiError && e.transient;

export const api = new Api({ ids, tokens, onSignedOut: () => location.reload() });

/**
 * The outbox's and the notices' databases, opened once, side by side, and early: on the sign-in screen while the
 * person types, else as the app starts; the home screen paints without waiting for them (the first use of
 * IndexedDB after a start costs a slow phone from tens to hundreds of milliseconds).
 */
let databases: { outbox: Promise<OutboxDb>; notices: Promise<NoticeDb> } | null = null;
export function openDatabases(): { outbox: Promise<OutboxDb>; notices: Promise<NoticeDb> } {
  databases ??= { outbox: openOutboxDb(), notices: openNoticeDb() };
  return databases;
}

export function rememberedPerson(): string | null {
  return localStorage.getItem(PERSON_KEY);
}

/**
 * Who the person is and her partnerships, kept beside the tokens (a few hundred bytes, read at once, where IndexedDB
 * would first have to open): what the home screen shows, online or not.
 */
function keptViewer(person: string): Viewer | null {
  const viewer = JSON.parse(localStorage.getItem(VIEWER_KEY) ?? 'null') as Viewer | null;
  return viewer?.email === person ? viewer : null;
}

function keepViewer(viewer: Viewer | null): void {
  if (viewer) localStorage.setItem(VIEWER_KEY, JSON.stringify(viewer));
  else localStorage.removeItem(VIEWER_KEY);
}

/** What the home screen watches: the viewer read again. */
export const VIEWER = 'viewer';

/** Told when a round trip starts or ends: what it carried can be changed again, or is gone. */
export const SYNC_STATE = 'sync-state';

export class Session {
  readonly outbox: Outbox;
  /** What the phone knows: the server's records as last synced or read, the outbox's actions projected onto them. */
  readonly replica: Replica;
  private readonly _scheduler: SyncScheduler;
  /** What the sync goes through: the person's partnerships, and any other one an action was queued for. */
  private readonly _partnerships: string[];
  private readonly _bar: SyncBar;
  private readonly _messages = h('div', { id: 'messages' });

  private constructor(
    readonly person: string,
    outbox: Outbox,
    private readonly _notices: NoticeStore,
    private _viewer: Viewer | null,
  ) {
    this.outbox = outbox;
    this.replica = new Replica(outbox);
    this._partnerships = _viewer?.memberships.map((m) => m.partnership.slug) ?? [];
    this._bar = new SyncBar(person, () => this.syncNow());
    this._scheduler = new SyncScheduler({
      outbox,
      api,
      replica: this.replica,
      events: window,
      partnerships: async () => {
        const waiting = [...(await outbox.pending()), ...(await outbox.photos())].map((a) => a.partnershipId);
        return [...new Set([...waiting, ...this._partnerships])];
      },
      onNotices: (action, notices) => void this._notices.add(action, notices).then(() => this.refresh()),
      onState: ({ running, error }) => {
        this._bar.attempt(running, error, offline);
        this.replica.emit([SYNC_STATE]);
        void this.refresh();
      },
    });
  }

  /** Who the person is and the partnerships she works on, as last heard from the server (null: never heard). */
  get viewer(): Viewer | null {
    return this._viewer;
  }

  /**
   * The person signed in on this phone, from what the phone keeps: no network on the way to the first screen, so
   * the app opens as fast with no signal as with one. `signedIn` is the sign-in's own answer, kept for next time.
   * Only a phone that has tokens but never knew whose they are asks the server first.
   */
  static async open(signedIn?: Viewer): Promise<Session | null> {
    if (!tokens.get()) return null;
    if (signedIn) {
      localStorage.setItem(PERSON_KEY, signedIn.email);
      keepViewer(signedIn);
    }
    const person = rememberedPerson() ?? (await Session._askWho());
    if (!person) return null;
    const databases = openDatabases();
    let viewer = keptViewer(person);
    if (!viewer) {
      // An older version of the app kept the viewer in IndexedDB only: read there once, then kept as today.
      viewer = (await new Store(person).get<Viewer>('viewer').catch(() => undefined)) ?? null;
      keepViewer(viewer);
    }
    return new Session(person, new Outbox(databases.outbox, person), new NoticeStore(databases.notices, person), viewer);
  }

  /** Tokens without a remembered person (kept by an older version of the app): the server says whose they are. */
  private static async _askWho(): Promise<string | null> {
    const viewer = await api.query<{ viewer: Viewer | null }>('Viewer').then((d) => d.viewer, () => null);
    if (!viewer) return null;
    localStorage.setItem(PERSON_KEY, viewer.email);
    keepViewer(viewer);
    return viewer.email;
  }

  /**
   * The viewer read again from the server once the screen is up (a membership granted since, a name changed): kept,
   * and the screen told. No answer changes nothing; the one kept stays.
   */
  async refreshViewer(): Promise<void> {
    const viewer = await api.query<{ viewer: Viewer | null }>('Viewer').then((d) => d.viewer, () => null);
    if (!viewer || viewer.email !== this.person) return;
    keepViewer(viewer);
    const changed = JSON.stringify(viewer) !== JSON.stringify(this._viewer);
    this._viewer = viewer;
    for (const slug of viewer.memberships.map((m) => m.partnership.slug)) if (!this._partnerships.includes(slug)) this._partnerships.push(slug);
    if (changed) this.replica.emit([VIEWER]);
  }

  start(): void {
    this._scheduler.start();
    void refreshUnread();
  }

  /** Queues an action and says so at once; the sync takes it when the network allows. */
  async queue<K extends Kind>(kind: K, partnershipId: string, input: ActionInputs[K]): Promise<void> {
    await this.replica.queue(kind, partnershipId, input);
    await this.queued(partnershipId);
  }

  /** An action went into the outbox (queued, or in place of another): the line says so, the sync takes it. */
  async queued(partnershipId: string): Promise<void> {
    await this.refresh();
    if (!this._partnerships.includes(partnershipId)) this._partnerships.push(partnershipId);
    void this._scheduler.now();
  }

  syncNow(): Promise<void> {
    return this._scheduler.now();
  }

  /** The frame around the screens. */
  frame(main: HTMLElement): HTMLElement {
    const menu = accountMenu({
      name: this._viewer?.displayName ?? this.person,
      signOutRefused: () => this._signOutRefused(),
      signOut: () => this.signOut(),
    });
    return h('div', {}, header(noticesLink(), menu), this._bar.element, this._messages, main);
  }

  /** Pending count, refusals and notices, from the outbox as it stands. */
  async refresh(): Promise<void> {
    this._bar.pendingCount(await this.outbox.pendingCount());
    const refused = await this.outbox.refused();
    const photos = (await this.outbox.photos()).filter((p) => p.step === 'refused');
    this._messages.replaceChildren(
      ...refused.map((a) => this._refusal(a.kind, a.error?.message ?? a.error?.code ?? '', () => this.replica.dismiss(a))),
      ...photos.map((p) => this._refusal('announceUpload', p.error?.message ?? '', () => this.outbox.updatePhoto(p.uploadId, () => null))),
      ...(await this._notices.list()).map((notice) =>
        h('p', { class: 'notice', role: 'status' }, biText(notice.message), ' ',
          h('button', { type: 'button', class: 'link', onclick: async () => { await this._notices.dismiss(notice); await this.refresh(); } }, bi('Compris', 'Got it')))),
    );
  }

  private _refusal(kind: string, message: string, dismiss: () => Promise<void>): HTMLElement {
    return h('div', { class: 'refused', role: 'alert' },
      h('strong', {}, bi('Refusé par le serveur', 'Refused by the server')), ' — ', actionWord(kind), '. ', biText(message), ' ',
      h('button', { type: 'button', class: 'link', onclick: async () => { await dismiss(); await this.refresh(); } },
        bi('Compris, l’écarter', 'Understood, drop it')));
  }

  /**
   * Offline with work waiting, signing out would lock the person out with it until the network returns: refused,
   * with the reason. Online, what waits is sent first; what still cannot leave refuses the sign-out the same way.
   */
  private async _signOutRefused(): Promise<[string, string] | null> {
    if (await this.outbox.pendingCount() === 0) return null;
    if (navigator.onLine && this._bar.state.online) await this.syncNow();
    const count = await this.outbox.pendingCount();
    if (count === 0) return null;
    const [fr, en] = count === 1 ? ['1 action attend', '1 action is waiting'] : [`${count} actions attendent`, `${count} actions are waiting`];
    return [`Déconnexion refusée : ${fr} le réseau, et sans réseau on ne peut pas se reconnecter.`,
      `Sign-out refused: ${en} for the network, and without it nobody can sign back in.`];
  }

  /**
   * Signs out: the tokens go, and what was read for this person (the next one on the phone must not read it); the
   * outbox and the notices stay for this person's next sign-in.
   */
  private async signOut(): Promise<void> {
    this._bar.forget();
    this._scheduler.stop();
    await api.mutate('SignOut', { input: { clientMutationId: crypto.randomUUID() } }).catch(() => null);
    tokens.set(null);
    keepViewer(null);
    // Older versions of the app kept a viewer read before knowing whose it was under no one: gone too.
    await Promise.all([new Store(this.person).forget(), new Store('').forget()]);
    localStorage.removeItem(PERSON_KEY);
    location.hash = '';
    location.reload();
  }
}

/** The title line with the language switch, shared by the sign-in screen. */
export function header(...extra: Node[]): HTMLElement {
  const other = lang() === 'en' ? 'fr' : 'en';
  return h('header', {},
    h('h1', {}, 'Coopération'),
    h('button', { type: 'button', class: 'link', lang: other, onclick: () => { setLang(other); location.reload(); } },
      other === 'en' ? 'English' : 'Français'),
    ...extra);
}

export function errorLine(e: unknown): HTMLElement {
  const message = e instanceof Error ? e.message : String(e);
  return h('p', { class: 'refused', role: 'alert' }, biText(message));
}

export { plain };
