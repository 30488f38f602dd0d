// A partnership's page: milestones with relative dates, the latest report, the shipments with their status and
// summary, each shipment opening its receiving tick-list. For North staff (and a South agent, for the South's
// milestones) the milestone planning, the report editor and the shipment preparation come as screens loaded on
// demand, so that none of it weighs on the field agent's first load; so does the history, read a page at a time.

import { api, errorLine, offline, type Session } from '../app';
import { frenchDate } from '../dates';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { saveFile } from '../passage-view';
import { keys } from '../replica/protocol';
import { screenCost } from '../screen-bytes';
import { word } from '../words';

interface Partnership {
  id: string;
  name: string;
  summary: string;
  north: { name: string };
  south: { name: string; country: string };
  milestones: { id: string; title: string; side: string; dueOn: string; progress: number; status: string; updatedAgo: string }[];
  reports: { id: string; periodStart: string; periodEnd: string; dueOn: string; overdue: boolean; status: string; updatedAgo: string }[];
  shipments: { id: string; title: string; status: string; summary: string; itemCount: number; checkedCount: number }[];
}

export async function partnershipScreen(session: Session, id: string): Promise<HTMLElement> {
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', {}, h('a', { class: 'back', href: '#' }, bi('← Mes partenariats', '← My partnerships'))));
  try {
    const { value: p, stale } = await session.replica.readThrough<Partnership | null>(keys.partnership(id),
      async () => (await api.query<{ partnership: Partnership | null }>('Partnership', { id })).partnership, offline);
    if (!p) {
      main.append(h('p', {}, stale
        ? bi('Hors ligne, et cette page n’a pas encore été ouverte sur ce téléphone.', 'Offline, and this page was never opened on this phone.')
        : bi('Partenariat introuvable.', 'Partnership not found.')));
      return main;
    }
    const latest = [...p.reports].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
    const role = session.viewer?.memberships.find((m) => m.partnership.slug === id)?.role;
    const north = role === 'NORTH_STAFF';
    const milestones = north || role === 'SOUTH_AGENT'
      ? (await import('../north/milestones')).milestoneSection(session, id, p.milestones, north ? 'north' : 'south')
      : h('div', {}, h('h3', {}, bi('Jalons', 'Milestones')), h('ul', { class: 'cards' }, ...p.milestones.map((m) => h('li', {},
        h('strong', {}, m.title), h('br'),
        bi('Échéance', 'Due'), ` ${frenchDate(m.dueOn)} · ${m.progress} % · `, h('span', { class: 'tag' }, word(m.status)), h('br'),
        h('span', { class: 'muted' }, biText(m.updatedAgo))))));
    const slug = encodeURIComponent(id);
    const shipmentList = (list: Partnership['shipments']) => h('ul', { class: 'cards' }, ...list.map((s) => h('li', {},
      h('a', { href: `#/s/${slug}/${encodeURIComponent(s.id)}` }, s.title),
      h('br'), h('span', { class: 'tag' }, word(s.status)), ' ', biText(s.summary),
      north ? h('span', {}, h('br'), h('a', { href: `#/l/${slug}/${encodeURIComponent(s.id)}` }, bi('Liste de colisage et étiquettes', 'Packing list and labels')), screenCost('packing')) : null,
      // What the South checked, for the North, once it began.
      north && s.checkedCount ? h('span', {}, h('br'), h('a', { href: `#/c/${slug}/${encodeURIComponent(s.id)}`, class: 'reconcile' }, bi('Rapprochement', 'Reconciliation'))) : null)));
    let shipments = shipmentList(p.shipments);
    // A shipment moved along by the sync: its status as the copy has it now.
    session.replica.watch([keys.partnership(id)], async () => {
      const kept = await session.replica.get<Partnership>(keys.partnership(id));
      if (!kept) return;
      const fresh = shipmentList(kept.shipments);
      shipments.replaceWith(fresh);
      shipments = fresh;
    });
    // The history comes as a chunk of its own, read from the server once the page shows.
    const history = h('div');
    void import('../north/history').then((m) => history.replaceWith(m.historySection(id)), () => undefined);
    // The council's report of the current year, for North staff only: its code is loaded for them alone.
    const council = h('div');
    if (north) void import('../north/council').then((m) => council.replaceWith(m.councilSection(id, new Date().getUTCFullYear())), () => undefined);
    main.append(...[
      h('h2', {}, p.name),
      h('p', { class: 'muted' }, `${p.north.name} — ${p.south.name} (${p.south.country})`),
      ...(stale ? [h('p', { class: 'muted' }, bi('Hors ligne : dernières données gardées sur ce téléphone.', 'Offline: last data kept on this phone.'))] : []),
      h('h3', {}, bi('Envois', 'Shipments')),
      shipments,
      north ? h('p', {}, h('a', { href: `#/n/${slug}`, id: 'prepare-shipment' }, bi('Préparer un envoi', 'Prepare a shipment')), screenCost('shipment-form')) : null,
      h('h3', {}, bi('Dernier rapport', 'Latest report')),
      h('p', {}, h('a', { href: `#/d/${slug}`, id: 'annotate-documents' }, bi('Lire et annoter les rapports et missions', 'Read and annotate reports and missions')), screenCost('annotate')),
      latest
        ? h('p', {}, `${frenchDate(latest.periodStart)} → ${frenchDate(latest.periodEnd)} · `, h('span', { class: 'tag' }, word(latest.status)), ' ',
          latest.overdue ? h('strong', { class: 'late' }, bi('en retard', 'overdue')) : null, ' · ', biText(latest.updatedAgo),
          north ? h('span', {}, ' · ', h('a', { href: `#/r/${slug}/${latest.periodStart}_${latest.periodEnd}` }, bi('Ouvrir', 'Open'))) : null,
          !north && latest.status !== 'DRAFT' ? h('span', {}, ' · ', h('a', { href: `#/v/${slug}/${latest.periodStart}_${latest.periodEnd}`, id: 'answer-report' }, bi('Lire et répondre', 'Read and answer'))) : null)
        : h('p', {}, bi('Aucun rapport.', 'No report.')),
      north ? newReport(slug, latest?.periodEnd) : null,
      h('p', {}, h('a', { href: `#/i/${slug}`, id: 'missions-link' }, bi('Missions de terrain', 'Field missions'))),
      h('p', {}, h('a', { href: `#/b/${slug}`, id: 'money-link' }, bi('Budget et financements', 'Budget and funding'))),
      north ? iatiDownload(id) : null,
      milestones,
      council,
      history,
    ].filter((e) => e !== null));
  } catch (e) {
    main.append(errorLine(e));
  }
  return main;
}

/**
 * The partnership's IATI 2.03 file, for North staff to publish: fetched with the bearer token (a plain link would carry
 * none) and handed to the browser as a download; a refusal or a lost connection is said beside the button.
 */
function iatiDownload(id: string): HTMLElement {
  const problem = h('div', { 'aria-live': 'assertive' });
  return h('p', {}, h('button', {
    type: 'button', id: 'download-iati',
    onclick: async () => {
      problem.replaceChildren();
      try {
        saveFile(await api.download(`/exports/${encodeURIComponent(id)}/iati.xml`), `${id}-iati.xml`);
      } catch (e) {
        problem.replaceChildren(errorLine(e));
      }
    },
  }, bi('Télécharger la fiche IATI (XML)', 'Download the IATI file (XML)')), problem);
}

/** The period of a new report (the half-year after the latest one by default), then its editor. */
function newReport(slug: string, after: string | undefined): HTMLElement {
  const next = after ? new Date(Date.parse(after) + 86_400_000) : new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() < 6 ? 0 : 6, 1));
  const end = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 6, 0));
  const date = (d: Date) => d.toISOString().slice(0, 10);
  const start = h('input', { id: 'report-start', type: 'date', required: true, value: date(next) });
  const stop = h('input', { id: 'report-end', type: 'date', required: true, value: date(end) });
  return h('details', {}, h('summary', {}, bi('Rédiger un rapport', 'Write a report')),
    h('form', { id: 'new-report', onsubmit: (e: Event) => { e.preventDefault(); if (start.value && stop.value) location.hash = `#/r/${slug}/${start.value}_${stop.value}`; } },
      h('label', { for: 'report-start' }, bi('Début de la période', 'Period start')), start,
      h('label', { for: 'report-end' }, bi('Fin de la période', 'Period end')), stop,
      h('button', { type: 'submit', class: 'primary' }, bi('Ouvrir le rapport', 'Open the report')), screenCost('report')));
}
