// Preparing a shipment (#/n/<partnership>): the packing list as boxes of items, each item with its kind, serial
// number, destination and refurbishment record. Queued as prepareShipment; the shipment's id is computed here the
// way the server derives it, so its packing list and box labels (the replica's projection of the pending
// preparation) open at once, before any network.

import { plain, type Session } from '../app';
import { h } from '../dom';
import { bi } from '../i18n';
import { newId } from '../outbox';
import { shipmentId } from '../replica/ids';

const KINDS: [string, string, string][] = [
  ['DESKTOP', 'Ordinateur de bureau', 'Desktop'], ['LAPTOP', 'Ordinateur portable', 'Laptop'], ['SCREEN', 'Écran', 'Screen'],
  ['PRINTER', 'Imprimante', 'Printer'], ['SERVER', 'Serveur', 'Server'], ['WIFI_TERMINAL', 'Borne wifi', 'Wifi terminal'], ['OTHER', 'Autre', 'Other'],
];

let fields = 0;
/** A labelled control with an id of its own (the form grows as boxes and items are added). */
function control<T extends HTMLElement>(fr: string, en: string, element: T, checkbox = false): [HTMLElement, T] {
  element.id = `f${++fields}`;
  const label = h('label', { for: element.id }, bi(fr, en));
  return [checkbox ? h('div', { class: 'check' }, element, label) : h('div', {}, label, element), element];
}

export function shipmentFormScreen(session: Session, slug: string): HTMLElement {
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/p/${encodeURIComponent(slug)}` }, bi('← Le partenariat', '← The partnership'))),
    h('h2', {}, bi('Préparer un envoi', 'Prepare a shipment')));
  const [titleRow, title] = control('Intitulé de l’envoi', 'Shipment title', h('input', { maxlength: 160, required: true }));
  const boxes = h('div', { id: 'boxes' });

  const addItem = (items: HTMLElement) => {
    const [kindRow] = control('Type', 'Kind', h('select', { name: 'kind' }, ...KINDS.map(([v, fr, en]) => h('option', { value: v }, plain(fr, en)))));
    const [serialRow, serial] = control('N° de série', 'Serial number', h('input', { name: 'serial', required: true, maxlength: 64, autocapitalize: 'characters' }));
    const [destinationRow, destination] = control('Destination (école, mairie)', 'Destination (school, town hall)', h('input', { name: 'destination', required: true, maxlength: 160 }));
    const [gradeRow] = control('Grade de reconditionnement', 'Refurbishment grade', h('select', { name: 'grade' }, ...['A', 'B', 'C'].map((g) => h('option', { value: g }, g))));
    const [systemRow] = control('Système installé', 'System installed', h('input', { name: 'system', maxlength: 120 }));
    const [wipedRow] = control('Données effacées', 'Data wiped', h('input', { type: 'checkbox', name: 'wiped', checked: true }), true);
    const [testedRow] = control('Testé', 'Tested', h('input', { type: 'checkbox', name: 'tested', checked: true }), true);
    const n = items.children.length + 1;
    items.append(h('fieldset', { class: 'item-form' }, h('legend', {}, bi(`Article ${n}`, `Item ${n}`)),
      kindRow, serialRow, destinationRow, gradeRow, systemRow, wipedRow, testedRow));
    serial.focus();
  };
  const addBox = () => {
    const n = boxes.children.length + 1;
    const [labelRow] = control('Étiquette du carton', 'Box label', h('input', { name: 'label', maxlength: 160, value: `Carton ${n}` }));
    const items = h('div', { class: 'items' });
    boxes.append(h('fieldset', { class: 'box-form' }, h('legend', {}, bi(`Carton B${n}`, `Box B${n}`)), labelRow, items,
      h('button', { type: 'button', class: 'add-item', onclick: () => addItem(items) }, bi('Ajouter un article', 'Add an item'))));
    addItem(items);
  };
  addBox();

  const problem = h('div', { 'aria-live': 'assertive' });
  const form = h('form', {
    id: 'shipment-form', novalidate: true,
    onsubmit: async (e: Event) => {
      e.preventDefault();
      const missing = [...form.querySelectorAll<HTMLInputElement>('input[required]')].find((i) => !i.value.trim());
      if (missing) {
        problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Remplissez l’intitulé, et le n° de série et la destination de chaque article.', 'Fill in the title, and each item’s serial number and destination.')));
        missing.focus();
        return;
      }
      const value = (scope: Element, name: string) => scope.querySelector<HTMLInputElement>(`[name=${name}]`)!;
      const packed = [...boxes.children].map((box) => ({
        label: value(box, 'label').value.trim(),
        items: [...box.querySelectorAll('.item-form')].map((item) => ({
          kind: value(item, 'kind').value,
          serialNumber: value(item, 'serial').value.trim(),
          destination: value(item, 'destination').value.trim(),
          refurbishment: {
            dataWiped: value(item, 'wiped').checked, tested: value(item, 'tested').checked, grade: value(item, 'grade').value,
            systemInstalled: value(item, 'system').value.trim() || null,
          },
        })),
      }));
      const clientMutationId = newId();
      const id = await shipmentId(slug, clientMutationId);
      await session.queue('prepareShipment', slug, { clientMutationId, partnershipId: slug, title: title.value.trim(), boxes: packed });
      location.hash = `#/l/${encodeURIComponent(slug)}/${encodeURIComponent(id)}`;
    },
  }, titleRow, h('h3', {}, bi('Cartons', 'Boxes')), boxes,
  h('button', { type: 'button', id: 'add-box', onclick: addBox }, bi('Ajouter un carton', 'Add a box')), problem,
  h('button', { type: 'submit', class: 'primary' }, bi('Enregistrer l’envoi', 'Save the shipment')));
  main.append(form);
  title.focus();
  return main;
}
