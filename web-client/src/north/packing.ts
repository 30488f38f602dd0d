// A shipment's packing list and box labels (#/l/<partnership>/<shipment>[/<box>]): per box its items with serial
// numbers and grades, and a label with the box's code and a QR code that the receiving screen reads (its last
// segment is the code, « b2 »). Printed on A4, one box per page; one box alone for a single label. The North marks
// the shipment shipped, in transit, arrived from here, through the outbox.

import { api, plain, type Session } from '../app';
import { ApiError } from '../api';
import { adoptStyles, h } from '../dom';
import { bi } from '../i18n';
import { preparedIn } from '../replica/actions';
import { keys, type PackingRecord as PackedShipment } from '../replica/protocol';
import { readShipment } from '../replica/read-shipment';
import { word } from '../words';
import { qrSvg } from './qr';
import ShipmentPacking from 'virtual:document-ids/ShipmentPacking';

const NEXT: Record<string, string[]> = { PREPARED: ['SHIPPED', 'IN_TRANSIT', 'ARRIVED'], SHIPPED: ['IN_TRANSIT', 'ARRIVED'], IN_TRANSIT: ['ARRIVED'] };
const MARK: Record<string, [string, string]> = {
  SHIPPED: ['Marquer expédié', 'Mark shipped'], IN_TRANSIT: ['Marquer en transit', 'Mark in transit'], ARRIVED: ['Marquer arrivé', 'Mark arrived'],
};

// Print: the sheets only, A4, one box per page.
const PRINT = `@media print { header, .bar, #messages, .no-print { display: none !important; } body { max-width: none; padding: 0; }
  @page { size: A4; margin: 12mm; } .sheet { break-after: page; border: 0; } }
.sheet { border: 1px solid #d0d7dc; border-radius: .3rem; padding: .5rem; margin: .75rem 0; }
.sheet table { width: 100%; border-collapse: collapse; font-size: .9rem; } .sheet th, .sheet td { border-bottom: 1px solid #d0d7dc; padding: .2rem; text-align: left; }
.label { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; } .label svg { width: 9rem; height: 9rem; } .code { font-size: 2.5rem; font-weight: 700; }
.table-wrap { overflow-x: auto; }`;

export async function packingScreen(session: Session, slug: string, id: string, only?: string): Promise<HTMLElement> {
  const key = keys.packing(id);
  const back = h('a', { href: `#/p/${encodeURIComponent(slug)}` }, bi('← Le partenariat', '← The partnership'));
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', { class: 'no-print' }, back));
  adoptStyles(PRINT, main);
  // The pending preparation first, then the server or the copy: the sync puts the packing list in the copy before the
  // preparation leaves the outbox, so read in this order one of the two always has it. Prepared here and not yet
  // synced, the packing list is the one the pending preparation will make.
  const found = await readShipment<PackedShipment>(session, main, key, async () => {
    try {
      return (await api.query<{ shipment: PackedShipment }>(ShipmentPacking, { id })).shipment;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'NOT_FOUND') return null;
      throw e;
    }
  }, () => session.replica.preparedShipment(slug, id));
  if (!found) return main;
  let s = found.shipment;
  const link = (box: string) => `${location.origin}${location.pathname}#/s/${encodeURIComponent(slug)}/${encodeURIComponent(s.id)}/${box}`;
  const boxes = s.boxes.filter((b) => !only || b.id === only);
  const status = h('p', { id: 'shipment-status', class: 'no-print', 'aria-live': 'polite' });
  const advance = h('div', { class: 'actions no-print' });
  /** The status as the copy has it, or as a pending action asks; run after every tap and every sync. */
  const paint = async () => {
    const prepared = await session.replica.preparedShipment(slug, id);
    s = (await session.replica.get<PackedShipment>(key)) ?? prepared ?? s;
    const waiting = (await session.replica.pendingShipment(slug, id)).status;
    status.replaceChildren(h('span', { class: 'tag' }, word(waiting ?? s.status)),
      waiting || prepared ? h('em', {}, ' · ', bi('en attente d’envoi', 'waiting to be sent')) : '');
    const from = waiting ?? s.status;
    advance.replaceChildren(...(NEXT[from] ?? []).map((next) => h('button', {
      type: 'button', onclick: () => void session.queue('advanceShipment', slug, { shipmentId: s.id, status: next }),
    }, bi(...MARK[next]))));
  };
  session.replica.watch([key, preparedIn(slug)], () => void paint());
  await paint();

  main.append(
    h('h2', {}, only ? bi(`Étiquette ${only.toUpperCase()}`, `Label ${only.toUpperCase()}`) : bi('Liste de colisage', 'Packing list'), ` — ${s.title}`),
    status, advance,
    h('p', { class: 'no-print' }, h('button', { type: 'button', class: 'primary', onclick: () => print() }, bi('Imprimer (A4)', 'Print (A4)')), ' ',
      only ? h('a', { href: `#/l/${encodeURIComponent(slug)}/${encodeURIComponent(s.id)}` }, bi('Toute la liste', 'The whole list')) : null),
    ...boxes.map((box) => h('section', { class: 'sheet', id: `sheet-${box.id}` },
      h('div', { class: 'label' }, qrSvg(link(box.id), `${s.title} ${box.id}`),
        h('div', {}, h('div', { class: 'code' }, box.id.toUpperCase()), h('div', {}, box.label), h('div', { class: 'muted' }, s.title),
          h('div', {}, box.items.length === 1 ? bi('1 article', '1 item') : bi(`${box.items.length} articles`, `${box.items.length} items`)))),
      only ? null : h('p', { class: 'no-print' }, h('a', { href: `#/l/${encodeURIComponent(slug)}/${encodeURIComponent(s.id)}/${box.id}` }, bi(`Étiquette seule ${box.id.toUpperCase()}`, `Label ${box.id.toUpperCase()} alone`))),
      // A table wider than the phone scrolls in its own box, which the keyboard must be able to reach and scroll.
      h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': plain(`Articles du carton ${box.id.toUpperCase()}`, `Items of box ${box.id.toUpperCase()}`) }, h('table', {},
        h('thead', {}, h('tr', {}, ...[['Article', 'Item'], ['Type', 'Kind'], ['N° de série', 'Serial'], ['Grade', 'Grade'], ['Destination', 'Destination']].map(([fr, en]) => h('th', { scope: 'col' }, bi(fr, en))))),
        h('tbody', {}, ...box.items.map((item) => h('tr', {},
          h('td', {}, item.id), h('td', {}, word(item.kind)), h('td', {}, h('strong', {}, item.serialNumber)), h('td', {}, item.refurbishment.grade), h('td', {}, item.destination)))))))));
  return main;
}
