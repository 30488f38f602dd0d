// The North's reconciliation of a shipment (#/c/<partnership>/<shipment>): the summary first (« 2 ordinateurs
// manquants, 1 écran endommagé »), the counts by verdict, then the problems — missing, damaged, disputed, unchecked —
// each coloured by its verdict with the South's reason, who and when, and the received items last, folded. Nothing
// here changes a verdict: they are the South's. The North closes the reconciliation with a note, through the outbox.

import { api, offline, type Session } from '../app';
import ShipmentReconciliation from 'virtual:document-ids/ShipmentReconciliation';
import { h, adoptStyles } from '../dom';
import { bi, biText } from '../i18n';
import { keys } from '../replica/protocol';
import { readShipment } from '../replica/read-shipment';
import { word, longDate, waitingLine, worksOffline } from '../missions/lines';
import { waiting } from '../missions/waiting';

interface Verdict { verdict: string; reason: string | null; by: string; at: string; photoId?: string | null }
interface Item {
  id: string; boxId: string; kind: string; serialNumber: string; destination: string;
  verdict: Verdict | null; disputes: Verdict[]; events: { kind: string; note: string | null; by: string; at: string }[];
}
interface Shipment {
  id: string; title: string; status: string; summary: string; itemCount: number; checkedCount: number;
  receivedAt: string | null; receivedBy: string | null; reconciliationNote: string | null;
  boxes: { id: string; label: string }[]; items: Item[];
}

/** Worst first: what the North must act on leads. */
const ORDER = ['MISSING', 'DAMAGED', 'DISPUTED', 'UNCHECKED', 'RECEIVED'] as const;
type Standing = (typeof ORDER)[number];
const standing = (item: Item): Standing =>
  item.verdict?.verdict === 'MISSING' ? 'MISSING' : item.verdict?.verdict === 'DAMAGED' ? 'DAMAGED'
    : item.disputes.length ? 'DISPUTED' : item.verdict ? 'RECEIVED' : 'UNCHECKED';
const WORDS: Record<Standing, [string, string]> = {
  MISSING: ['manquant', 'missing'], DAMAGED: ['endommagé', 'damaged'], DISPUTED: ['contesté', 'disputed'],
  UNCHECKED: ['non pointé', 'unchecked'], RECEIVED: ['reçu', 'received'],
};

const STYLES = `
.counts { display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; list-style: none; }
.counts li { margin: 0; padding: .2rem .6rem; border-radius: .3rem; border: 1px solid #d0d7dc; }
.summary-line { font-size: 1.1rem; font-weight: 600; }
li.v-missing, .counts .v-missing { border-left: 6px solid #9b1c1c; background: #fdf0f0; }
li.v-damaged, .counts .v-damaged { border-left: 6px solid #b45309; background: #fff7e6; }
li.v-disputed, .counts .v-disputed { border-left: 6px solid #6b21a8; background: #f6f0fb; }
li.v-unchecked, .counts .v-unchecked { border-left: 6px solid #5b6870; background: #f3f5f6; }
li.v-received, .counts .v-received { border-left: 6px solid #2f7d32; }
.verdict-word { font-weight: 700; }
.v-missing .verdict-word { color: #9b1c1c; } .v-damaged .verdict-word { color: #8a3c04; }
.v-disputed .verdict-word { color: #6b21a8; } .v-received .verdict-word { color: #2f7d32; }
`;

const cacheKey = (id: string) => `reconciliation:${id}`;

export async function reconciliationScreen(session: Session, slug: string, shipmentId: string): Promise<HTMLElement> {
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/p/${encodeURIComponent(slug)}`, class: 'back' }, bi('← Le partenariat', '← The partnership'))));
  adoptStyles(STYLES, main);
  const read = async () => (await api.query<{ shipment: Shipment | null }>(ShipmentReconciliation, { id: shipmentId })).shipment;
  const found = await readShipment(session, main, cacheKey(shipmentId), read);
  if (!found) return main;
  const shipment = found.shipment;
  let stale = found.stale;
  const body = h('div');
  main.append(body);
  const north = session.viewer?.memberships.find((m) => m.partnership.slug === slug)?.role === 'NORTH_STAFF';

  /** « Rapprocher » once every item has its verdict; the note stays on the shipment. Queued, it says it waits. */
  async function closing(s: Shipment): Promise<HTMLElement | null> {
    if (s.status === 'RECONCILED') return null;
    const [queued] = await waiting(session.replica, slug, ['reconcileShipment'], (a) => a.input.shipmentId === shipmentId);
    if (queued) return h('div', { id: 'reconcile-form' }, waitingLine('Rapprochement', 'Reconciliation'), queued.input.note ? h('p', {}, queued.input.note) : null);
    if (s.status !== 'RECEIVED') {
      return h('p', { class: 'muted' }, bi('Le rapprochement se fait une fois chaque article pointé par le Sud.', 'Reconciliation comes once the South has checked every item.'));
    }
    const note = h('textarea', { id: 'reconcile-note', rows: 3, maxlength: 2000 });
    return h('form', {
      id: 'reconcile-form', onsubmit: async (e: Event) => {
        e.preventDefault();
        closingFocus = true;
        await session.queue('reconcileShipment', slug, { shipmentId, ...(note.value.trim() ? { note: note.value.trim() } : {}) });
      },
    }, h('h3', {}, bi('Clore le rapprochement', 'Close the reconciliation')),
    h('label', { for: 'reconcile-note' }, bi('Note de rapprochement (facultative)', 'Reconciliation note (optional)')), note,
    worksOffline(), h('button', { type: 'submit', class: 'primary', id: 'reconcile' }, bi('Rapprocher l’envoi', 'Reconcile the shipment')));
  }

  let current = shipment;
  /** The confirmation goes where the form was, focused, so it is read out and in view. */
  let closingFocus = false;
  const paint = async () => {
    const end = north ? await closing(current) : null;
    body.replaceChildren(...view(current, stale, end));
    const confirmation = closingFocus && body.querySelector<HTMLElement>('#reconcile-form, #reconciled');
    closingFocus = false;
    if (confirmation) {
      confirmation.tabIndex = -1;
      confirmation.focus();
    }
  };
  await paint();
  // Queued, sent, refused, or a verdict synced in since: read again (the copy kept when offline).
  session.replica.watch([keys.shipment(shipmentId)], async () => {
    const again = await session.replica.readThrough<Shipment | null>(cacheKey(shipmentId), read, offline).catch(() => ({ value: undefined, stale: true }));
    if (again.value) current = again.value;
    stale = again.stale;
    await paint();
  });
  return main;
}
function view(s: Shipment, stale: boolean, closing: HTMLElement | null): Node[] {
  const groups = new Map<Standing, Item[]>(ORDER.map((o) => [o, []]));
  for (const item of s.items) groups.get(standing(item))!.push(item);
  const boxes = new Map(s.boxes.map((b) => [b.id, b.label]));
  const problems = ORDER.filter((o) => o !== 'RECEIVED').flatMap((o) => groups.get(o)!);
  const received = groups.get('RECEIVED')!;
  const row = (item: Item) => {
    const is = standing(item);
    const [fr, en] = WORDS[is];
    return h('li', { class: `item v-${is.toLowerCase()}`, id: `reconcile-${item.id}` },
      h('span', { class: 'verdict-word' }, is === 'RECEIVED' ? '✓ ' : '', bi(fr, en)), ' — ',
      h('strong', {}, item.serialNumber), ' ', h('span', { class: 'muted' }, word(item.kind)), h('br'),
      h('span', { class: 'muted' }, `${item.destination} · ${boxes.get(item.boxId) || item.boxId.toUpperCase()}`),
      item.verdict ? h('p', {}, item.verdict.reason ? `« ${item.verdict.reason} » ` : '',
        h('span', { class: 'muted' }, bi(`${item.verdict.by}, le ${longDate(item.verdict.at)}`, `${item.verdict.by}, on ${longDate(item.verdict.at, 'en')}`))) : null,
      ...item.disputes.map((d) => h('p', {}, bi('Contesté :', 'Disputed:'), ' ', h('strong', {}, word(d.verdict)), d.reason ? ` « ${d.reason} »` : '',
        ' ', h('span', { class: 'muted' }, `${d.by}, ${longDate(d.at)}`))),
      ...item.events.map((e) => h('p', { class: 'muted' }, word(e.kind), e.note ? ` « ${e.note} »` : '', ` · ${e.by}, ${longDate(e.at)}`)));
  };
  return [
    h('h2', {}, s.title),
    h('p', {}, h('span', { class: 'tag' }, word(s.status)), s.receivedAt
      ? h('span', { class: 'muted' }, ' · ', bi(`reçu le ${longDate(s.receivedAt)} par ${s.receivedBy ?? '—'}`, `received on ${longDate(s.receivedAt, 'en')} by ${s.receivedBy ?? '—'}`)) : ''),
    stale ? h('p', { class: 'muted' }, bi('Hors ligne : dernières données gardées sur ce téléphone.', 'Offline: last data kept on this phone.')) : null,
    h('p', { class: 'summary-line', id: 'reconcile-summary' }, biText(s.summary)),
    h('ul', { class: 'counts', 'aria-label': 'Articles par verdict / Items by verdict' }, ...ORDER.filter((o) => groups.get(o)!.length).map((o) =>
      h('li', { class: `v-${o.toLowerCase()}` }, `${groups.get(o)!.length} `, bi(...WORDS[o])))),
    s.status === 'RECONCILED'
      ? h('p', { id: 'reconciled', tabindex: -1, class: 'notice' }, h('strong', {}, bi('Rapproché', 'Reconciled')), s.reconciliationNote ? ` — ${s.reconciliationNote}` : '')
      : null,
    h('p', { class: 'muted' }, bi('Les verdicts sont ceux du Sud : cet écran ne les change pas.', 'The verdicts are the South’s: this screen does not change them.')),
    h('h3', {}, bi(`À regarder (${problems.length})`, `To look at (${problems.length})`)),
    problems.length ? h('ul', { class: 'items', id: 'reconcile-problems' }, ...problems.map(row)) : h('p', {}, bi('Aucun écart.', 'No discrepancy.')),
    received.length ? h('details', { id: 'reconcile-received' }, h('summary', {}, received.length === 1
      ? bi('1 article reçu sans écart', '1 item received as shipped')
      : bi(`${received.length} articles reçus sans écart`, `${received.length} items received as shipped`)),
      h('ul', { class: 'items' }, ...received.map(row))) : null,
    closing,
  ].filter((n): n is HTMLElement => n !== null);
}

