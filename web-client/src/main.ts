// The first-load shell: the directory of partnerships, and, for a person signed in on this phone, the outbox's
// "N actions en attente" line with the sync running in the background. Screens come on top of these modules.

import ids from 'virtual:document-ids';
import { Api, type TokenStore, type Tokens } from './api';
import { Outbox, openOutboxDb, pendingLabel } from './outbox';
import { SyncScheduler } from './sync';

const TOKENS_KEY = 'cooperation.tokens';
const PERSON_KEY = 'cooperation.person';

/** Kept in localStorage so the person stays signed in across reloads; the refresh token renews the short access token. */
const tokens: TokenStore = {
  get: () => JSON.parse(localStorage.getItem(TOKENS_KEY) ?? 'null') as Tokens | null,
  set: (value) => (value ? localStorage.setItem(TOKENS_KEY, JSON.stringify(value)) : localStorage.removeItem(TOKENS_KEY)),
};

interface Directory {
  partnerships: { nodes: { name: string; north: { name: string }; south: { name: string; country: string } }[] };
}

interface Viewer {
  viewer: { email: string; memberships: { partnership: { id: string } }[] } | null;
}

const api = new Api({ ids, tokens });

async function showDirectory(): Promise<void> {
  const list = document.getElementById('partnerships')!;
  try {
    const data = await api.query<Directory>('Directory');
    list.replaceChildren(
      ...data.partnerships.nodes.map((node) => {
        const item = document.createElement('li');
        const name = document.createElement('strong');
        const partners = document.createElement('span');
        name.textContent = node.name;
        partners.className = 'partners';
        partners.textContent = `${node.north.name} — ${node.south.name} (${node.south.country})`;
        item.append(name, document.createElement('br'), partners);
        return item;
      }),
    );
  } catch {
    list.textContent = 'Serveur injoignable. / Server unreachable.';
  }
}

/** Starts the outbox and its sync for the person signed in on this phone, even offline (the person is remembered). */
async function startOutbox(): Promise<void> {
  if (!tokens.get()) return;
  let person = localStorage.getItem(PERSON_KEY);
  let partnerships: string[] = [];
  try {
    const { viewer } = await api.query<Viewer>('Viewer');
    if (viewer) {
      person = viewer.email;
      partnerships = viewer.memberships.map((m) => m.partnership.id);
      localStorage.setItem(PERSON_KEY, person);
    }
  } catch {
    // Offline: the outbox of the person remembered still shows and syncs later.
  }
  if (!person) return;
  const outbox = new Outbox(await openOutboxDb(), person);
  const line = document.getElementById('outbox')!;
  const refresh = async () => (line.textContent = pendingLabel(await outbox.pendingCount()));
  const scheduler = new SyncScheduler({
    outbox,
    api,
    events: window,
    partnerships: async () => {
      const waiting = [...(await outbox.pending()), ...(await outbox.photos())].map((a) => a.partnershipId);
      return [...new Set([...partnerships, ...waiting])];
    },
    onState: () => void refresh(),
  });
  await refresh();
  scheduler.start();
}

void showDirectory();
void startOutbox();
