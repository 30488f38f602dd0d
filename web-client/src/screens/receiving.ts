// Receiving a shipment: the tick-list of what was shipped. « Tout reçu » in one tap, or per box and per item
// received / damaged / missing, with a required reason for the last two and an optional photo. Every tap goes to
// the outbox first and shows as pending at once; the sync carries it when the network allows.

import { api, errorLine, offline, plain, type Session } from '../app';
import { h } from '../dom';
import { bi } from '../i18n';
import { queuePhoto, shrink } from '../photos';
import type { Verdict, VerdictLine as Line } from '../replica/actions';
import { keys } from '../replica/protocol';
import type { Item, Shipment } from '../replica/shipment-changes';
import { word } from '../words';

/** `boxCode`: the box named by the address, as a box label's QR code gives it (« b2 »): opened. */
export async function receivingScreen(session: Session, partnershipId: string, shipmentId: string, boxCode?: string): Promise<HTMLElement> {
  const key = keys.shipment(shipmentId);
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/p/${encodeURIComponent(partnershipId)}` }, bi('← Le partenariat', '← The partnership'))));
  let shipment: Shipment | null | undefined;
  try {
    ({ value: shipment } = await session.replica.readThrough<Shipment | null>(key,
      async () => (await api.query<{ shipment: Shipment | null }>('ShipmentReceiving', { id: shipmentId })).shipment, offline));
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  if (!shipment) {
    main.append(h('p', {}, bi('Envoi introuvable, ou jamais ouvert sur ce téléphone hors ligne.', 'Shipment not found, or never opened on this phone while offline.')));
    return main;
  }
  let current: Shipment = shipment;
  const rows = new Map<string, { state: HTMLElement; buttons: HTMLButtonElement[]; row: HTMLElement }>();
  const progress = h('p', { 'aria-live': 'polite' });
  const status = h('span', { class: 'tag' });

  const queue = (lines: Line[]) => session.queue('confirmShipmentItems', partnershipId, { shipmentId, verdicts: lines });

  /** Item states from the server's verdicts and the outbox; run after every tap, sync and reload. */
  const paint = async () => {
    const pending = (await session.replica.pendingShipment(partnershipId, shipmentId, current)).verdicts;
    const items = current.boxes.flatMap((b) => b.items);
    let done = 0;
    for (const item of items) {
      const row = rows.get(item.id);
      if (!row) continue;
      const waiting = pending.get(item.id);
      if (item.verdict) {
        done++;
        row.state.replaceChildren('✓ ', word(item.verdict.verdict), item.verdict.reason ? ` — ${item.verdict.reason}` : '');
      } else if (waiting) {
        done++;
        row.state.replaceChildren(word(waiting), ' · ', h('em', {}, bi('en attente', 'pending')));
      } else {
        row.state.replaceChildren(bi('à pointer', 'to check'));
      }
      row.row.className = item.verdict ? 'item done' : waiting ? 'item pending' : 'item';
      for (const button of row.buttons) button.disabled = !!(item.verdict || waiting);
    }
    status.replaceChildren(word(current.status));
    progress.replaceChildren(bi(`${done} sur ${items.length} pointés`, `${done} of ${items.length} checked`));
    allReceived.disabled = done === items.length;
  };

  const allReceived = h('button', {
    type: 'button', class: 'primary',
    onclick: () => void session.queue('receiveShipment', partnershipId, { shipmentId }),
  }, bi('Tout reçu', 'All received'));

  const boxes = current.boxes.map((box) => h('details', { id: `box-${box.id}` },
    h('summary', {}, h('strong', {}, box.id.toUpperCase()), ' ', box.label),
    h('button', { type: 'button', onclick: () => void queue([{ boxId: box.id, verdict: 'RECEIVED' }]) },
      bi('Tout le carton reçu', 'Whole box received')),
    h('ul', { class: 'items' }, ...box.items.map((item) => itemRow(item)))));

  function itemRow(item: Item): HTMLElement {
    const state = h('span', { class: 'state' });
    const form = h('div');
    const verdictButton = (verdict: Verdict, fr: string, en: string) => h('button', {
      type: 'button',
      // The visible words first, as a voice-control user says them; the serial number tells the rows apart.
      'aria-label': `${plain(fr, en)} — ${item.serialNumber}`,
      onclick: () => (verdict === 'RECEIVED' ? void queue([{ itemId: item.id, verdict }]) : openForm(verdict)),
    }, bi(fr, en));
    const buttons = [verdictButton('RECEIVED', 'Reçu', 'Received'), verdictButton('DAMAGED', 'Endommagé', 'Damaged'), verdictButton('MISSING', 'Manquant', 'Missing')];

    /** Damaged or missing: a reason is required, a photo is welcome. */
    function openForm(verdict: Verdict) {
      const reasonId = `reason-${item.id}`;
      const photoId = `photo-${item.id}`;
      const reason = h('textarea', { id: reasonId, required: true, rows: 2, maxlength: 1000 });
      const photo = h('input', { id: photoId, type: 'file', accept: 'image/*', capture: 'environment' });
      const problem = h('div', { 'aria-live': 'assertive' });
      form.replaceChildren(h('form', {
        class: 'verdict',
        onsubmit: async (event: Event) => {
          event.preventDefault();
          if (!reason.value.trim()) {
            problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Indiquez la raison.', 'Give the reason.')));
            reason.focus();
            return;
          }
          const line: Line = { itemId: item.id, verdict, reason: reason.value.trim() };
          const file = photo.files?.[0];
          if (file) {
            try {
              line.photoId = await queuePhoto(session.outbox, partnershipId, await shrink(file), { shipmentId, itemId: item.id });
            } catch {
              problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Photo illisible : essayez-en une autre.', 'Unreadable photo: try another one.')));
              return;
            }
          }
          await queue([line]);
          form.replaceChildren();
          buttons[0].focus();
        },
      },
      h('p', {}, h('strong', {}, word(verdict)), ` — ${item.serialNumber}`),
      h('label', { for: reasonId }, bi('Raison (obligatoire)', 'Reason (required)')), reason,
      h('label', { for: photoId }, bi('Photo (facultative)', 'Photo (optional)')), photo,
      problem,
      h('button', { type: 'submit', class: 'primary' }, bi('Enregistrer', 'Save')), ' ',
      h('button', { type: 'button', onclick: () => form.replaceChildren() }, bi('Annuler', 'Cancel'))));
      reason.focus();
    }

    const row = h('li', { class: 'item', id: `item-${item.id}` },
      h('strong', {}, item.serialNumber), ' ', h('span', { class: 'muted' }, word(item.kind)), h('br'),
      h('span', { class: 'muted' }, item.destination), h('br'),
      state, h('div', { class: 'actions' }, ...buttons), form);
    rows.set(item.id, { state, buttons, row });
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
    allReceived, opener.form,
    h('h3', {}, bi('Cartons', 'Boxes')), ...boxes);
  if (boxCode) opener.go(boxCode);

  // A verdict queued, sent or refused, or the shipment changed by the sync: read again as the copy has it.
  session.replica.watch([key], async () => {
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

