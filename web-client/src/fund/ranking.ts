// The fund manager's screens: the calls on their home, and a call's ranking (#/m/<call code>) — weighted scores out of
// 100, reviews counted, decisions — with its CSV, fetched with the bearer token (a plain link would carry none) and
// saved as a file. A chunk of its own, loaded only for a person with the manager's role.

import { api, errorLine, offline, type Session } from '../app';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { addStyles, euros, saveFile } from '../passage-view';
import { screenCost } from '../screen-bytes';
import { STATUS } from './fund-words';
import FundCallRanking from 'virtual:document-ids/FundCallRanking';
import FundCalls from 'virtual:document-ids/FundCalls';

interface Call { id: string; code: string; year: number; title: string; open: boolean }
interface Entry {
  rank: number; applicationId: string; number: number; partnershipName: string; applicant: string; title: string;
  requestedAmount: number; score: number | null; countedReviews: number; status: string; grantedAmount: number | null; decisionReasons: string | null;
}
interface Ranking { id: string; code: string; title: string; envelope: number; rankingCsvPath: string; ranking: Entry[] }

export async function callsSection(session: Session): Promise<HTMLElement> {
  const section = h('section', { id: 'fund-calls' }, h('h2', {}, bi('Appels à projets du Fonds', 'The fund’s calls for projects')));
  try {
    const { value } = await session.replica.readThrough<Call[]>('fundCalls',
      async () => (await api.query<{ fundCalls: Call[] }>(FundCalls)).fundCalls, offline);
    section.append(h('ul', { class: 'cards' }, ...(value ?? []).map((c) => h('li', {},
      h('a', { href: `#/m/${encodeURIComponent(c.code)}` }, c.title), screenCost('ranking'), ' ',
      h('span', { class: 'tag' }, c.open ? bi('ouvert', 'open') : bi('clos', 'closed'))))),
    h('p', {}, h('a', { href: '#/o', class: 'button', id: 'new-call-link' }, bi('Ouvrir un appel à projets', 'Open a call for projects'))));
  } catch (e) {
    section.append(errorLine(e));
  }
  return section;
}

export async function rankingScreen(session: Session, code: string): Promise<HTMLElement> {
  addStyles();
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', {}, h('a', { href: '#' }, bi('← Accueil', '← Home'))));
  let call: Ranking | null | undefined;
  let stale = false;
  try {
    ({ value: call, stale } = await session.replica.readThrough<Ranking | null>(`ranking:${code}`,
      async () => (await api.query<{ fundCall: Ranking }>(FundCallRanking, { id: code })).fundCall, offline));
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  if (!call) {
    main.append(h('h2', {}, bi('Classement', 'Ranking')), h('p', {}, bi('Hors ligne, et ce classement n’a pas encore été ouvert sur cet appareil.', 'Offline, and this ranking was never opened on this device.')));
    return main;
  }
  const current = call;
  const problem = h('div', { 'aria-live': 'assertive' });
  const download = h('button', {
    type: 'button', id: 'download-csv', onclick: async () => {
      problem.replaceChildren();
      try {
        saveFile(await api.download(current.rankingCsvPath), `classement-${current.code}.csv`);
      } catch (e) {
        problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, biText(e instanceof Error ? e.message : String(e))));
      }
    },
  }, bi('Télécharger le classement (CSV)', 'Download the ranking (CSV)'));
  const cell = (content: Node | string, numeric = false) => h('td', { class: numeric ? 'n' : undefined }, content);
  const th = (fr: string, en: string) => h('th', { scope: 'col' }, bi(fr, en));
  main.append(
    h('h2', {}, bi('Classement', 'Ranking'), ' — ', current.title),
    h('p', {}, bi('Enveloppe', 'Envelope'), ` ${euros(current.envelope)}`),
    h('p', {}, h('a', { href: `#/o/${encodeURIComponent(current.code)}`, class: 'button', id: 'edit-call-link' }, bi('Modifier l’appel', 'Edit the call'))),
    stale ? h('p', { class: 'muted' }, bi('Hors ligne : dernier classement gardé sur cet appareil.', 'Offline: last ranking kept on this device.')) : '',
    download, problem,
    h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Classement / Ranking' },
      h('table', { id: 'ranking' },
        h('thead', {}, h('tr', {}, th('Rang', 'Rank'), th('Dossier', 'File'), th('Demandé', 'Requested'), th('Note /100', 'Score /100'),
          th('Évaluations', 'Reviews'), th('Statut', 'Status'), th('Décision', 'Decision'))),
        h('tbody', {}, ...current.ranking.map((e) => h('tr', { 'data-number': e.number },
          cell(e.rank ? String(e.rank) : '—', true),
          cell(h('span', {}, h('a', { href: `#/k/${encodeURIComponent(e.applicationId)}` }, h('strong', {}, bi(`n° ${e.number}`, `#${e.number}`)), ` ${e.title}`), h('br'), h('span', { class: 'muted' }, `${e.applicant} — ${e.partnershipName}`))),
          cell(euros(e.requestedAmount), true),
          cell(e.score === null ? '—' : e.score.toLocaleString('fr-FR'), true),
          cell(String(e.countedReviews), true),
          cell(bi(...(STATUS[e.status] ?? [e.status, e.status]))),
          cell(e.grantedAmount !== null ? h('span', {}, euros(e.grantedAmount), e.decisionReasons ? h('br') : '', e.decisionReasons ?? '') : e.decisionReasons ?? '—'))))),
    ));
  return main;
}
