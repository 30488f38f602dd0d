// Receiving a shipment: the tick-list of what was shipped. « Tout reçu » after a confirmation that says how many
// items it stands for, or per box and per item received / damaged / missing, with a required reason for the last two
// and an optional photo. Every tap goes to the outbox first and shows as pending at once; until the sync carries it,
// a verdict can be changed (the waiting action itself changes) and « Tout reçu » taken back.

import { SYNC_STATE, api, plain, type Session } from '../app';
import { adoptStyles, h } from '../dom';
import { bi } from '../i18n';
import { queuePhoto, shrink } from '../photos';
import type { Verdict, VerdictLine as Line } from '../replica/actions';
import type { PendingShipment } from '../replica/pending';
import { readShipment } from '../replica/read-shipment';
import { giveVerdict, withdraw } from '../replica/verdicts';
import { keys } from '../replica/protocol';
import type { Item, Shipment } from '../replica/shipment-changes';
import { word } from '../words';

/** Rows of one line of words and one of three buttons, so that a phone's screen holds at least six items. */
const STYLES = `
  li.item { padding: .25rem .4rem; margin: .25rem 0; border: 1px solid #d0d7dc; border-radius: .3rem; }
  li.item p { margin: 0; }
  .item-head { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: .95em; }
  li.item .state { font-size: .85em; }
  li.item .state:empty { display: none; }
  .box-received { font-size: .9em; }
  .verdicts { display: grid; grid-template-columns: repeat(3, 1fr); gap: .25rem; }
  .verdicts button { margin: 0; padding: .15rem .2rem; font-size: .9em; line-height: 1.15; }
  .verdicts button .en { display: block; font-size: .8em; }
  .verdicts button[aria-pressed=true] { background: #0b5563; color: #fff; }
  .verdicts button[aria-pressed=true] .en { color: #dce9ec; }
  .all-received { margin: .75rem 0 1.5rem; }
  .answer p { margin: .4rem 0; }
  .photo { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: .6rem 0 0; }
  .photo label.button { margin: 0; font-weight: normal; }
  .visually-hidden:focus-visible + label { outline: 3px solid #d97706; outline-offset: 2px; }
  li.pending { border-left: 6px solid #d97706; }
  li.done { border-left: 6px solid #2f7d32; }
  .open-box input { width: 6rem; display: inline-block; }
  .open-box label { display: inline; }
  ul.items { list-style: none; padding: 0; }
`;

interface Row { row: HTMLElement; state: HTMLElement; buttons: HTMLButtonElement[]; verdicts: Verdict[] }

/** `boxCode`: the box named by the address, as a box label's QR code gives it (« b2 »): opened. */
export async function receivingScreen(session: Session, partnershipId: string, shipmentId: string, boxCode?: string): Promise<HTMLElement> {
  const key = keys.shipment(shipmentId);
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { class: 'back', href: `#/p/${encodeURIComponent(partnershipId)}` }, bi('← Le partenariat', '← The partnership'))));
  adoptStyles(STYLES, main);
  const found = await readShipment(session, main, key,
    async () => (await api.query<{ shipment: Shipment | null }>('ShipmentReceiving', { id: shipmentId })).shipment);
  if (!found) return main;
  let current: Shipment = found.shipment;
  let pending: PendingShipment = { verdicts: new Map(), deciding: new Map() };
  const rows = new Map<string, Row>();
  const counts = new Map<string, HTMLElement>();
  const progress = h('p', { 'aria-live': 'polite' });
  const status = h('span', { class: 'tag' });

  const items = () => current.boxes.flatMap((b) => b.items);
  /** Items with no verdict yet, neither on the server nor waiting on this phone. */
  const unchecked = (list = items()) => list.filter((i) => !i.verdict && !pending.verdicts.has(i.id));
  /** Whether the action deciding an item is on its way right now (then it cannot change until the answer). */
  const leaving = (itemId: string) => {
    const action = pending.deciding.get(itemId);
    return !!action && session.outbox.isSending(action.id);
  };

  const verdict = async (line: Line & { itemId: string }) => {
    const changed = await giveVerdict(session.replica, partnershipId, current, line);
    if (!changed) rows.get(line.itemId)?.state.append(' ', h('strong', { role: 'alert' }, bi('déjà envoyé : plus modifiable ici', 'already sent: no longer changeable here')));
    await session.queued(partnershipId);
  };

  // « Tout reçu »: asked first with the count, then recorded, and open to « Annuler » until it leaves the phone.
  const allAnswer = h('div', { class: 'answer', id: 'all-received-answer', 'aria-live': 'polite' });
  let asking = false;
  const allReceived = h('button', {
    type: 'button', class: 'primary', id: 'all-received',
    onclick: () => {
      const count = unchecked().length;
      if (!count) return;
      asking = true;
      const yes = h('button', {
        type: 'button', class: 'primary', id: 'all-received-yes',
        onclick: async () => {
          asking = false;
          await session.queue('receiveShipment', partnershipId, { shipmentId });
          // The keyboard stays where the answer is: on « Annuler », next to the button that acted.
          await paint();
          allAnswer.querySelector<HTMLElement>('#undo-all-received')?.focus();
        },
      }, bi(`Oui, ${count} reçus`, `Yes, ${count} received`));
      allAnswer.replaceChildren(
        h('p', {}, h('strong', {}, bi(`Confirmer la réception des ${count} articles ?`, `Confirm receipt of ${count} items?`))),
        yes, ' ',
        h('button', { type: 'button', id: 'all-received-no', onclick: () => { asking = false; allAnswer.replaceChildren(); allReceived.focus(); } }, bi('Non', 'No')));
      yes.focus();
    },
  }, bi('Tout reçu', 'All received'));

  const paintAllReceived = () => {
    if (asking) return;
    const action = pending.allReceived;
    if (!action) {
      if (allAnswer.querySelector('#undo-all-received')) allAnswer.replaceChildren();
      return;
    }
    const undo = h('button', {
      // Tapped while a round trip carries it, it waits for that one's end: taken back if no answer came.
      type: 'button', id: 'undo-all-received',
      onclick: async () => {
        const withdrawn = await withdraw(session.replica, action);
        await session.refresh();
        allAnswer.replaceChildren(h('p', { role: 'status' }, withdrawn
          ? bi('« Tout reçu » annulé : rien n’est parti.', '« All received » undone: nothing left the phone.')
          : bi('Déjà envoyé : « Tout reçu » ne peut plus être annulé ici.', 'Already sent: « All received » can no longer be undone here.')));
        allReceived.focus();
      },
    }, bi('Annuler « Tout reçu »', 'Undo « All received »'));
    allAnswer.replaceChildren(h('p', {}, bi('« Tout reçu » enregistré sur ce téléphone, pas encore envoyé.', '« All received » recorded on this phone, not sent yet.')), undo);
  };

  /** Item states from the server's verdicts and the outbox; run after every tap, sync and reload. */
  const paint = async () => {
    pending = await session.replica.pendingShipment(partnershipId, shipmentId, current);
    let done = 0;
    for (const item of items()) {
      const row = rows.get(item.id);
      if (!row) continue;
      const waiting = pending.verdicts.get(item.id);
      const busy = leaving(item.id);
      if (item.verdict) {
        done++;
        row.state.replaceChildren('✓ ', word(item.verdict.verdict), item.verdict.reason ? ` — ${item.verdict.reason}` : '');
      } else if (waiting) {
        done++;
        row.state.replaceChildren(word(waiting), ' · ', h('em', {}, busy ? bi('envoi…', 'sending…') : bi('en attente', 'pending')));
      } else {
        // Nothing to say: the three buttons, none pressed, say it is still to check, and the row stays one line shorter.
        row.state.replaceChildren();
      }
      row.row.className = item.verdict ? 'item done' : waiting ? 'item pending' : 'item';
      row.buttons.forEach((button, i) => {
        // Checked on the server, the row keeps its words only; waiting, the chosen verdict shows pressed and the
        // others change it.
        button.hidden = !!item.verdict;
        button.disabled = busy;
        button.setAttribute('aria-pressed', String(waiting === row.verdicts[i]));
      });
    }
    for (const box of current.boxes) {
      const left = box.items.length - unchecked(box.items).length;
      counts.get(box.id)?.replaceChildren(`${left}/${box.items.length}`);
    }
    status.replaceChildren(word(current.status));
    progress.replaceChildren(bi(`${done} sur ${items().length} pointés`, `${done} of ${items().length} checked`));
    allReceived.disabled = unchecked().length === 0;
    paintAllReceived();
  };

  const boxes = current.boxes.map((box) => {
    const count = h('span', { class: 'muted' });
    counts.set(box.id, count);
    return h('details', { id: `box-${box.id}` },
      h('summary', {}, h('strong', {}, box.id.toUpperCase()), ' ', box.label, ' · ', count),
      h('button', {
        type: 'button', class: 'box-received',
        onclick: () => {
          // The whole box in one line, or, when some of its items already have a verdict, each of the others: a
          // box's line over an item already checked would be a dispute with oneself.
          const left = unchecked(box.items);
          if (!left.length) return;
          const lines: Line[] = left.length === box.items.length ? [{ boxId: box.id, verdict: 'RECEIVED' }] : left.map((i) => ({ itemId: i.id, verdict: 'RECEIVED' }));
          void session.queue('confirmShipmentItems', partnershipId, { shipmentId, verdicts: lines });
        },
      }, bi('Carton entier reçu', 'Whole box received')),
      h('ul', { class: 'items' }, ...box.items.map((item) => itemRow(item))));
  });

  function itemRow(item: Item): HTMLElement {
    const state = h('p', { class: 'state' });
    const form = h('div');
    const verdicts: Verdict[] = ['RECEIVED', 'DAMAGED', 'MISSING'];
    const [fr, en] = [['Reçu', 'Endommagé', 'Manquant'], ['Received', 'Damaged', 'Missing']];
    const buttons = verdicts.map((v, i) => h('button', {
      type: 'button',
      // The visible words first, as a voice-control user says them; the serial number tells the rows apart.
      'aria-label': `${plain(fr[i], en[i])} — ${item.serialNumber}`,
      onclick: () => {
        if (pending.verdicts.get(item.id) === v) return;
        if (v === 'RECEIVED') void verdict({ itemId: item.id, verdict: v });
        else openForm(v);
      },
    }, bi(fr[i], en[i])));

    /** Damaged or missing: a reason is required, a photo is welcome. */
    function openForm(v: Verdict) {
      const reasonId = `reason-${item.id}`;
      const photoId = `photo-${item.id}`;
      const reason = h('textarea', { id: reasonId, 'aria-required': 'true', rows: 2, maxlength: 1000 });
      const photo = h('input', { id: photoId, type: 'file', accept: 'image/*', capture: 'environment', class: 'visually-hidden' });
      const chosen = h('span', { class: 'muted', 'aria-live': 'polite' }, bi('Aucune photo', 'No photo'));
      photo.addEventListener('change', () => chosen.replaceChildren(photo.files?.[0] ? `✓ ${photo.files[0].name}` : bi('Aucune photo', 'No photo')));
      const problem = h('div', { 'aria-live': 'assertive' });
      form.replaceChildren(h('form', {
        class: 'verdict', novalidate: true,
        onsubmit: async (event: Event) => {
          event.preventDefault();
          if (!reason.value.trim()) {
            problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Indiquez la raison.', 'Give the reason.')));
            reason.setAttribute('aria-invalid', 'true');
            reason.focus();
            return;
          }
          const line: Line & { itemId: string } = { itemId: item.id, verdict: v, reason: reason.value.trim() };
          const file = photo.files?.[0];
          if (file) {
            try {
              line.photoId = await queuePhoto(session.outbox, partnershipId, await shrink(file), { shipmentId, itemId: item.id });
            } catch {
              problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Photo illisible : essayez-en une autre.', 'Unreadable photo: try another one.')));
              return;
            }
          }
          await verdict(line);
          form.replaceChildren();
          buttons[verdicts.indexOf(v)].focus();
        },
      },
      h('p', {}, h('strong', {}, word(v)), ` — ${item.serialNumber}`),
      h('label', { for: reasonId }, bi('Raison (obligatoire)', 'Reason (required)')), reason,
      h('p', { class: 'photo' }, photo, h('label', { for: photoId, class: 'button' }, bi('📷 Ajouter une photo', '📷 Add a photo')), ' ', chosen),
      problem,
      h('button', { type: 'submit', class: 'primary' }, bi('Enregistrer', 'Save')), ' ',
      h('button', { type: 'button', onclick: () => form.replaceChildren() }, bi('Annuler', 'Cancel'))));
      reason.focus();
    }

    const row = h('li', { class: 'item', id: `item-${item.id}` },
      h('p', { class: 'item-head' }, h('strong', {}, item.serialNumber), ' ', h('span', { class: 'muted' }, word(item.kind), ' · ', item.destination)),
      state, h('div', { class: 'actions verdicts' }, ...buttons), form);
    rows.set(item.id, { state, buttons, row, verdicts });
    return row;
  }

  const opener = openBox(current, (id) => {
    const box = boxes.find((b) => b.id === `box-${id}`);
    if (!box) return false;
    box.open = true;
    const summary = box.querySelector('summary')!;
    // Opened by the address, the screen is not on the page yet: the shell focuses the marked part once it is.
    if (summary.isConnected) summary.focus();
    else summary.dataset.focus = '';
    return true;
  });
  main.append(
    h('h2', {}, current.title), h('p', {}, status), progress,
    h('div', { class: 'all-received' }, allReceived, allAnswer), opener.form,
    h('h3', {}, bi('Cartons', 'Boxes')), ...boxes);
  if (boxCode) opener.go(boxCode);

  // A verdict queued, sent or refused, or the shipment changed by the sync: read again as the copy has it. A round
  // trip starting or ending: what it carries can no longer, or can again, be changed.
  session.replica.watch([key, SYNC_STATE], async () => {
    current = (await session.replica.get<Shipment>(key)) ?? current;
    await paint();
  });
  await paint();
  // Back on the page (a reload, a restart): the boxes with work waiting open by themselves.
  for (const box of boxes) if (box.querySelector('li.pending')) box.open = true;
  return main;
}

/**
 * Opening a box by the short code on its label (« b3 », or « 3 »), typed, or read from the label's QR code by the
 * browser's barcode detector where the phone has one.
 */
function openBox(shipment: Shipment, open: (boxId: string) => boolean): { form: HTMLElement; go: (text: string) => void } {
  const code = h('input', { id: 'box-code', autocomplete: 'off', inputmode: 'text', size: 6 });
  const problem = h('div', { 'aria-live': 'assertive' });
  const go = (text: string) => {
    const wanted = text.trim().toLowerCase().split(/[/#:]/).pop() ?? '';
    const id = /^\d+$/.test(wanted) ? `b${wanted}` : wanted;
    problem.replaceChildren(open(id) && shipment.boxes.some((b) => b.id === id)
      ? ''
      : h('p', { class: 'refused', role: 'alert' }, bi(`Aucun carton « ${text} » dans cet envoi.`, `No box '${text}' in this shipment.`)));
  };
  const form = h('form', { class: 'open-box', onsubmit: (e: Event) => { e.preventDefault(); go(code.value); } },
    h('label', { for: 'box-code' }, bi('Ouvrir un carton (code)', 'Open a box (code)')), ' ', code, ' ',
    h('button', { type: 'submit' }, bi('Ouvrir', 'Open')));
  if ('BarcodeDetector' in window) {
    const shot = h('input', { id: 'box-qr', type: 'file', accept: 'image/*', capture: 'environment', class: 'visually-hidden' });
    shot.addEventListener('change', async () => {
      const file = shot.files?.[0];
      if (!file) return;
      const Detector = (window as unknown as { BarcodeDetector: new (o: object) => { detect(i: ImageBitmap): Promise<{ rawValue: string }[]> } }).BarcodeDetector;
      const found = await new Detector({ formats: ['qr_code'] }).detect(await createImageBitmap(file)).catch(() => []);
      if (found[0]) go(found[0].rawValue);
      else problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('QR code non lu : tapez le code.', 'QR code not read: type the code.')));
    });
    form.append(' ', h('label', { for: 'box-qr', class: 'button' }, bi('Scanner le QR', 'Scan the QR')), shot);
  }
  form.append(problem);
  return { form, go };
}

