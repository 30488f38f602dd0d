// The signed-in person's session on this phone: the API, the outbox and its sync, what the server said about
// refused actions, and the frame every screen sits in (pending line, « Synchroniser », language, sign-out).

import ids from 'virtual:document-ids';
import { Api, ApiError, type TokenStore, type Tokens } from './api';
import { forget, readThrough } from './cache';
import { h } from './dom';
import { bi, biText, lang, plain, setLang } from './i18n';
import { NoticeStore, openNoticeDb } from './notices';
import { Outbox, openOutboxDb, pendingLabel } from './outbox';
import { SyncScheduler, type Changes } from './sync';
import { actionWord } from './words';

const TOKENS_KEY = 'cooperation.tokens';
const PERSON_KEY = 'cooperation.person';

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

export function rememberedPerson(): string | null {
  return localStorage.getItem(PERSON_KEY);
}

export class Session {
  readonly outbox: Outbox;
  private readonly _scheduler: SyncScheduler;
  private readonly _pending = h('span', { id: 'pending' });
  private readonly _messages = h('div', { id: 'messages' });
  /** Told when the server sent changes or the outbox moved: the screen on show re-reads. */
  onChange: (changes?: { partnershipId: string; changes: Changes }) => void = () => {};

  private constructor(
    readonly person: string,
    outbox: Outbox,
    private readonly _notices: NoticeStore,
    private _partnerships: string[],
  ) {
    this.outbox = outbox;
    this._scheduler = new SyncScheduler({
      outbox,
      api,
      events: window,
      partnerships: async () => {
        const waiting = [...(await outbox.pending()), ...(await outbox.photos())].map((a) => a.partnershipId);
        return [...new Set([...waiting, ...this._partnerships])];
      },
      onChanges: (partnershipId, changes) => this.onChange({ partnershipId, changes }),
      onNotices: (action, notices) => void this._notices.add(action, notices).then(() => this.refresh()),
      onState: () => void this.refresh(),
    });
  }

  /** The person signed in on this phone, read again from the server when it answers, else remembered. */
  static async open(): Promise<Session | null> {
    if (!tokens.get()) return null;
    let person = rememberedPerson();
    const { value: viewer } = await readThrough<Viewer | null>(person ?? '', 'viewer', async () => (await api.query<{ viewer: Viewer | null }>('Viewer')).viewer, offline)
      .catch(() => ({ value: null }));
    if (viewer) {
      person = viewer.email;
      localStorage.setItem(PERSON_KEY, person);
    }
    if (!person) return null;
    const session = new Session(person, new Outbox(await openOutboxDb(), person), new NoticeStore(await openNoticeDb(), person),
      viewer?.memberships.map((m) => m.partnership.slug) ?? []);
    return session;
  }

  start(): void {
    this._scheduler.start();
  }

  /** Queues an action and says so at once; the sync takes it when the network allows. */
  async queue(kind: string, partnershipId: string, input: Record<string, unknown>): Promise<void> {
    await this.outbox.add(kind, partnershipId, input);
    await this.refresh();
    if (!this._partnerships.includes(partnershipId)) this._partnerships.push(partnershipId);
    void this._scheduler.now();
  }

  syncNow(): Promise<void> {
    return this._scheduler.now();
  }

  /** The frame around the screens. */
  frame(main: HTMLElement): HTMLElement {
    const sync = h('button', { type: 'button', id: 'sync', onclick: () => void this.syncNow() }, bi('Synchroniser', 'Sync'));
    return h('div', {},
      header(h('button', { type: 'button', class: 'link', onclick: () => void this.signOut() }, bi('Se déconnecter', 'Sign out'))),
      h('p', { class: 'bar', role: 'status', 'aria-live': 'polite' }, this._pending, ' ', sync),
      this._messages,
      main);
  }

  /** Pending count, refusals and notices, from the outbox as it stands. */
  async refresh(): Promise<void> {
    this._pending.replaceChildren(biText(pendingLabel(await this.outbox.pendingCount())));
    const refused = await this.outbox.refused();
    const photos = (await this.outbox.photos()).filter((p) => p.step === 'refused');
    this._messages.replaceChildren(
      ...refused.map((a) => this._refusal(a.kind, a.error?.message ?? a.error?.code ?? '', () => this.outbox.dismiss(a.id))),
      ...photos.map((p) => this._refusal('announceUpload', p.error?.message ?? '', () => this.outbox.updatePhoto(p.uploadId, () => null))),
      ...(await this._notices.list()).map((notice) =>
        h('p', { class: 'notice', role: 'status' }, biText(notice.message), ' ',
          h('button', { type: 'button', class: 'link', onclick: async () => { await this._notices.dismiss(notice); await this.refresh(); } }, bi('Compris', 'Got it')))),
    );
    this.onChange();
  }

  private _refusal(kind: string, message: string, dismiss: () => Promise<void>): HTMLElement {
    return h('div', { class: 'refused', role: 'alert' },
      h('strong', {}, bi('Refusé par le serveur', 'Refused by the server')), ' — ', actionWord(kind), '. ', biText(message), ' ',
      h('button', { type: 'button', class: 'link', onclick: async () => { await dismiss(); await this.refresh(); } },
        bi('Compris, l’écarter', 'Understood, drop it')));
  }

  /**
   * Signs out: the tokens go, and what was read for this person (the next one on the phone must not read it); the
   * outbox and the notices stay for this person's next sign-in.
   */
  private async signOut(): Promise<void> {
    this._scheduler.stop();
    await api.mutate('SignOut', { input: { clientMutationId: crypto.randomUUID() } }).catch(() => null);
    tokens.set(null);
    // The first start after a sign-in reads the viewer before knowing whose it is: kept under no one, gone too.
    await Promise.all([forget(this.person), forget('')]);
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
