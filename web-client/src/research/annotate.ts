// The researcher's screens. #/d/<partnership>: the reports and mission reports with filed versions, to annotate.
// #/a/<partnership>/<report|mission>/<document id>/<version>: one frozen version's text, a passage picked by selecting
// it (or typing it) and annotated (motivation, text, visibility), the version's annotations beside the text with their
// highlights — those made on an earlier version re-anchored where their quote survives, or said to be « sur une
// version antérieure » — and threads with replies, the newest threads first and older ones a page at a time
// (« Voir plus »; the first page is kept on the phone, older ones need the network). An annotation and a reply are queued in the outbox like every field
// action (their ids are chosen here, so a reply may wait behind the annotation it answers): they work offline and show
// as pending until the server has them. The annotations export as W3C JSON-LD, fetched with the token and saved.

import { api, errorLine, offline, plain, type Session } from '../app';
import { englishDate, frenchDate } from '../dates';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { keyOf } from './document-key';
import { corpusTools } from './corpus';
import { annotationsOf, isKind, type ActionInputs, type Typed } from '../replica/actions';
import { syncedIn } from '../replica/replica';
import { addStyles, passagePicker, saveFile, sectionText, type Marked } from '../passage-view';
import type { Passage } from '../passages';
import { ShownPages, type Page } from '../pages';
import PartnershipDocuments from 'virtual:document-ids/PartnershipDocuments';
import Annotations from 'virtual:document-ids/Annotations';
import ReportVersionText from 'virtual:document-ids/ReportVersionText';
import MissionReportText from 'virtual:document-ids/MissionReportText';

type Kind = 'report' | 'mission';
const TARGET_KIND: Record<Kind, string> = { report: 'PROGRESS_REPORT', mission: 'MISSION_REPORT' };
const SECTIONS: Record<Kind, [string, string, string][]> = {
  report: [['activities', 'Activités menées', 'Activities'], ['results', 'Résultats obtenus', 'Results'],
    ['difficulties', 'Difficultés rencontrées', 'Difficulties'], ['nextSteps', 'Prochaines étapes', 'Next steps']],
  mission: [['whatWasDone', 'Ce qui a été fait', 'What was done'], ['findings', 'Constats', 'Findings'], ['followUp', 'Suites à donner', 'Follow-up']],
};
const MOTIVATIONS: [string, string, string][] = [
  ['COMMENTING', 'Commentaire', 'Comment'], ['QUESTIONING', 'Question', 'Question'], ['TAGGING', 'Étiquetage (codage)', 'Tagging (coding)'],
  ['ASSESSING', 'Appréciation', 'Assessment'], ['REPLYING', 'Réponse', 'Reply'],
];
const VISIBILITIES: [string, string, string][] = [
  ['PARTNERSHIP', 'Tout le partenariat', 'The whole partnership'], ['TEAM', 'Mon équipe de recherche', 'My research team'], ['PRIVATE', 'Moi seul(e)', 'Only me'],
];
const words = (list: [string, string, string][], value: string) => {
  const found = list.find(([v]) => v === value);
  return found ? bi(found[1], found[2]) : bi(value, value);
};

interface Documents {
  name: string;
  reports: { id: string; periodStart: string; periodEnd: string; submittedVersions: number }[];
  missions: { id: string; title: string; startOn: string; endOn: string; reportVersionCount: number }[];
}

export async function documentsScreen(session: Session, slug: string): Promise<HTMLElement> {
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', {}, h('a', { href: `#/p/${encodeURIComponent(slug)}` }, bi('← Le partenariat', '← The partnership'))));
  try {
    const { value: p } = await session.replica.readThrough<Documents | null>(`documents:${slug}`,
      async () => (await api.query<{ partnership: Documents | null }>(PartnershipDocuments, { id: slug })).partnership, offline);
    main.append(h('h2', {}, bi('Rapports et missions à annoter', 'Reports and missions to annotate'), p ? ` — ${p.name}` : ''));
    const link = (kind: Kind, id: string, versions: number, title: Node | string) => h('li', {}, title, h('br'),
      ...Array.from({ length: versions }, (_, n) => h('span', {}, n ? ' · ' : '',
        h('a', { href: `#/a/${encodeURIComponent(slug)}/${kind}/${encodeURIComponent(id)}/${n + 1}` }, bi(`version ${n + 1}`, `version ${n + 1}`)))));
    const reports = (p?.reports ?? []).filter((r) => r.submittedVersions > 0);
    const missions = (p?.missions ?? []).filter((m) => m.reportVersionCount > 0);
    main.append(
      h('h3', {}, bi('Rapports d’avancement', 'Progress reports')),
      reports.length ? h('ul', { class: 'cards' }, ...reports.map((r) => link('report', r.id, r.submittedVersions, `${frenchDate(r.periodStart)} → ${frenchDate(r.periodEnd)}`)))
        : h('p', {}, bi('Aucun rapport remis.', 'No report submitted.')),
      h('h3', {}, bi('Comptes rendus de mission', 'Mission reports')),
      missions.length ? h('ul', { class: 'cards' }, ...missions.map((m) => link('mission', m.id, m.reportVersionCount, `${m.title} (${m.startOn} → ${m.endOn})`)))
        : h('p', {}, bi('Aucun compte rendu déposé.', 'No mission report filed.')));
    main.append(corpusTools(slug));
  } catch (e) {
    main.append(errorLine(e));
  }
  return main;
}

interface Selector { section: string; exact: string; start: number; end: number }
/** The actions this screen shows pending: annotations of this version, replies in this document. */
type Onto = Typed<'annotate' | 'replyToAnnotation'>;
interface Annotation {
  annotationId: string; version: number; replyTo: string | null; selector: { section: string; exact: string } | null;
  motivation: string; text: string; tags: string[]; visibility: string; team: string | null; creatorName: string; mine: boolean;
  createdAt: string; deleted: boolean;
}
interface OnVersion { anchoring: string; note: string | null; selector: Selector | null; annotation: Annotation }
/** A thread as the server gives it, whole: its first annotation, then its replies. */
interface Thread { annotations: OnVersion[] }
const NO_THREAD: Page<Thread> = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] };
interface VersionText { title: [fr: string, en: string]; versions: number; sections: Record<string, string> }

async function readVersion(kind: Kind, id: string, number: number): Promise<VersionText> {
  if (kind === 'report') {
    const { report } = await api.query<{ report: { periodStart: string; periodEnd: string; submittedVersions: number; version: Record<string, string> } }>(
      ReportVersionText, { id, number });
    return { title: [`Rapport d’avancement ${frenchDate(report.periodStart)} → ${frenchDate(report.periodEnd)}`, `Progress report ${englishDate(report.periodStart)} → ${englishDate(report.periodEnd)}`],
      versions: report.submittedVersions, sections: report.version };
  }
  const { mission } = await api.query<{ mission: { title: string; reportVersionCount: number; reportVersion: Record<string, string> } }>(
    MissionReportText, { id, number });
  return { title: [`Compte rendu de mission : ${mission.title}`, `Mission report: ${mission.title}`], versions: mission.reportVersionCount, sections: mission.reportVersion };
}

export async function annotateScreen(session: Session, slug: string, kindName: string, id: string, versionText: string): Promise<HTMLElement> {
  addStyles();
  const kind: Kind = kindName === 'mission' ? 'mission' : 'report';
  const version = Math.max(1, Number(versionText) || 1);
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/d/${encodeURIComponent(slug)}` }, bi('← Rapports et missions à annoter', '← Reports and missions to annotate'))));
  const target = { kind: TARGET_KIND[kind], id, version };
  // The newest threads are kept on the phone (read offline from the kept copy); older pages come from the network. A
  // key of its own: a copy kept as a plain list, before threads came a page at a time, is not read as a page.
  const cacheKey = `annotation-threads:${id}:${version}`;
  const readPage = async (after: string | null): Promise<Page<Thread>> => {
    const read = async () => (await api.query<{ annotations: Page<Thread> }>(Annotations, { target, after })).annotations;
    return after === null ? (await session.replica.readThrough(cacheKey, read, offline)).value ?? NO_THREAD : read();
  };
  let doc: VersionText | undefined;
  const threads = new ShownPages(readPage);
  let server: OnVersion[] = [];
  try {
    ({ value: doc } = await session.replica.readThrough(`version:${id}:${version}`, () => readVersion(kind, id, version), offline));
    await threads.more();
    server = threads.lines.flatMap((t) => t.annotations);
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  if (!doc) {
    main.append(h('p', {}, bi('Hors ligne, et cette version n’a pas encore été ouverte sur cet appareil.', 'Offline, and this version was never opened on this device.')));
    return main;
  }
  const current = doc;
  const sections = SECTIONS[kind];
  const texts = Object.fromEntries(sections.map(([key]) => [key, current.sections[key] ?? '']));
  const sectionName = (key: string) => {
    const found = sections.find(([k]) => k === key);
    return found ? plain(found[1], found[2]) : key;
  };

  const problem = h('div', { 'aria-live': 'assertive' });
  const exportButton = h('button', {
    type: 'button', id: 'export-jsonld', onclick: async () => {
      problem.replaceChildren();
      // The export names the document by its key within the partnership: « 2026-01-01_2026-06-30 » for a report.
      const key = keyOf(id);
      try {
        saveFile(await api.download(`/annotations/${encodeURIComponent(slug)}/${kind}/${encodeURIComponent(key.slice(key.indexOf('/') + 1))}.jsonld`),
          `annotations-${key.replace(/\//g, '-')}.jsonld`);
      } catch (e) {
        problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, biText(e instanceof Error ? e.message : String(e))));
      }
    },
  }, bi('Exporter les annotations (JSON-LD)', 'Export the annotations (JSON-LD)'));
  main.append(
    h('h2', {}, bi(`${current.title[0]} — version ${version}`, `${current.title[1]} — version ${version}`)),
    current.versions > 1 ? h('p', {}, bi('Autres versions', 'Other versions'), ' : ', ...Array.from({ length: current.versions }, (_, n) => n + 1)
      .filter((n) => n !== version).map((n) => h('span', {}, ' ', h('a', { href: `#/a/${encodeURIComponent(slug)}/${kind}/${encodeURIComponent(id)}/${n}` }, `v${n}`)))) : '',
    exportButton, problem);

  // The text, its highlights and the passage picked; the form that annotates it.
  const text = h('div', { id: 'document-text' });
  const picker = passagePicker(text, () => texts, sectionName,
    ['Sélectionnez un passage du texte pour l’annoter.', 'Select a passage of the text to annotate it.'], () => void paint(true));
  const form = annotateForm(picker.take, async (input) => {
    await session.queue('annotate', slug, { annotationId: crypto.randomUUID(), target, ...input });
  });
  const list = h('div', { id: 'annotations' });
  const older = h('button', { type: 'button', id: 'older-annotations' });
  const olderLine = h('p', {}, older);
  const olderStatus = h('div', { class: 'muted', role: 'status' });
  main.append(text, picker.line, picker.form, form, h('h3', {}, bi('Annotations de cette version', 'Annotations of this version')), list, olderStatus, olderLine);

  /** The « Voir plus » line: there while older threads remain, saying so when it needs the network. */
  const showOlder = (needsNetwork = false) => {
    older.replaceChildren(needsNetwork
      ? bi('Voir plus — demande le réseau, réessayer', 'Show more — needs the network, try again')
      : bi('Voir plus', 'Show more'));
    olderStatus.replaceChildren(threads.total && threads.hasMore
      ? bi(`${threads.lines.length} fils sur ${threads.total}`, `${threads.lines.length} threads of ${threads.total}`) : '');
    // Removed rather than hidden: the page's styles give every button a display of its own.
    if (threads.hasMore) main.append(olderStatus, olderLine);
    else olderLine.remove();
  };
  older.addEventListener('click', async () => {
    older.disabled = true;
    try {
      await threads.more();
      server = threads.lines.flatMap((t) => t.annotations);
      showOlder();
      await paint();
    } catch (e) {
      if (!offline(e)) olderStatus.replaceChildren(errorLine(e));
      showOlder(offline(e));
    } finally {
      older.disabled = false;
    }
  });

  const replies = new Map<string, string>();
  let shown = '';
  let painting = 0;
  /** Draws the text and the list again when what they show changed (not at each sync: a reply being typed stays). */
  const paint = async (force = false) => {
    const turn = ++painting;
    const pending = (await session.replica.pending(slug)).filter((a): a is Onto => (isKind(a, 'annotate') && a.input.target.id === id && a.input.target.version === version)
      || (isKind(a, 'replyToAnnotation') && a.input.document.id === id));
    if (turn !== painting) return;
    const signature = JSON.stringify([server, pending.map((a) => a.id)]);
    if (!force && signature === shown) return;
    shown = signature;
    drawText(pending);
    drawList(pending);
  };

  const drawText = (pending: Onto[]) => {
    const picked = picker.current();
    const marks = (section: string): Marked[] => [
      ...server.filter((a) => a.selector?.section === section && !a.annotation.deleted).map((a) => ({
        start: a.selector!.start, end: a.selector!.end, key: a.annotation.annotationId, title: `${a.annotation.creatorName} : ${a.annotation.text}`,
      })),
      ...pending.filter((a): a is Typed<'annotate'> => isKind(a, 'annotate') && a.input.selector.section === section).map((a) => ({
        start: a.input.selector.start, end: a.input.selector.end, key: a.id, pending: true,
        title: plain(`En attente d’envoi : ${a.input.text}`, `Waiting to be sent: ${a.input.text}`),
      })),
      ...(picked?.section === section ? [{ start: picked.start, end: picked.end, key: 'picked', picked: true, title: plain('Passage choisi', 'Selected passage') }] : []),
    ];
    text.replaceChildren(...sections.flatMap(([key, fr, en]) => [h('h3', {}, bi(fr, en)), sectionText(key, texts[key]!, marks(key))]));
  };

  const drawList = (pending: Onto[]) => {
    const all = server.map((a) => a.annotation);
    const repliesTo = (parent: string) => [
      ...all.filter((a) => a.replyTo === parent).map((a) => h('li', { class: 'reply' }, annotationBody(a))),
      ...pending.filter((a) => isKind(a, 'replyToAnnotation') && a.input.replyTo === parent).map((a) => h('li', { class: 'reply pending' },
        h('span', { class: 'tag' }, bi('en attente d’envoi', 'waiting to be sent')), ' ', a.input.text ?? '')),
    ];
    // Newest first, as the server's threads come: those waiting to be sent, newest of all, before them.
    const top = [
      ...pending.filter((a): a is Typed<'annotate'> => isKind(a, 'annotate')).reverse().map((a) => ({ key: a.input.annotationId, element: pendingCard(a, repliesTo(a.input.annotationId)) })),
      ...server.filter((a) => !a.annotation.replyTo).map((a) => ({ key: a.annotation.annotationId, element: threadCard(a, repliesTo(a.annotation.annotationId)) })),
    ];
    list.replaceChildren(top.length
      ? h('ul', { class: 'cards' }, ...top.map(({ key, element }) => {
        element.append(replyForm(key, replies, async (reply) => {
          await session.queue('replyToAnnotation', slug, { document: { kind: target.kind, id }, annotationId: crypto.randomUUID(), replyTo: key, text: reply });
        }));
        return element;
      }))
      : h('p', {}, bi('Aucune annotation sur cette version.', 'No annotation on this version.')));
  };

  // An annotation or a reply queued, sent or refused: drawn again from the outbox.
  session.replica.watch([annotationsOf(id)], () => void paint());
  // The server sent what changed: read again as many pages as are shown (the first from the kept copy when the
  // network is gone; if an older one cannot be read, what is shown stays).
  const readAgain = () => threads.again().then(() => {
    server = threads.lines.flatMap((t) => t.annotations);
    showOlder();
    return paint();
  });
  session.replica.watch([syncedIn(slug)], () => void readAgain().catch(() => paint()));
  showOlder();
  await paint(true);
  return main;
}

function annotationBody(a: Annotation): HTMLElement {
  return h('div', {}, h('strong', {}, a.creatorName), ' ', h('span', { class: 'tag' }, words(MOTIVATIONS, a.motivation)), ' ',
    h('span', { class: 'muted' }, words(VISIBILITIES, a.visibility), a.team ? ` (${a.team})` : ''), h('br'),
    a.deleted ? h('em', {}, bi('annotation supprimée', 'annotation deleted')) : a.text,
    a.tags.length ? h('span', { class: 'muted' }, ' · ', a.tags.map((t) => `#${t}`).join(' ')) : '');
}

function threadCard(a: OnVersion, replies: HTMLElement[]): HTMLElement {
  const quote = a.selector?.exact ?? a.annotation.selector?.exact;
  return h('li', { id: `annotation-${a.annotation.annotationId}`, class: 'annotation' },
    a.note ? h('p', { class: 'notice' }, biText(a.note)) : '',
    quote ? h('div', { class: 'quote' }, h('q', {}, quote)) : '',
    annotationBody(a.annotation),
    replies.length ? h('ul', { class: 'thread' }, ...replies) : '');
}

function pendingCard(a: Typed<'annotate'>, replies: HTMLElement[]): HTMLElement {
  return h('li', { class: 'annotation pending', id: `annotation-${a.input.annotationId}` },
    h('div', { class: 'quote' }, h('q', {}, a.input.selector.exact)),
    h('span', { class: 'tag' }, bi('en attente d’envoi', 'waiting to be sent')), ' ', h('span', { class: 'tag' }, words(MOTIVATIONS, a.input.motivation)), ' ',
    h('span', { class: 'muted' }, words(VISIBILITIES, a.input.visibility)), h('br'), a.input.text ?? '',
    replies.length ? h('ul', { class: 'thread' }, ...replies) : '');
}

/** A thread's reply form; what is typed is kept across repaints. */
function replyForm(parent: string, drafts: Map<string, string>, send: (text: string) => Promise<void>): HTMLElement {
  const area = h('textarea', { id: `reply-${parent}`, rows: 2, maxlength: 4000 });
  area.value = drafts.get(parent) ?? '';
  area.addEventListener('input', () => drafts.set(parent, area.value));
  const details = h('details', { class: 'reply-form', open: !!area.value }, h('summary', {}, bi('Répondre', 'Reply')),
    h('form', {
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (!area.value.trim()) return;
        const reply = area.value.trim();
        drafts.delete(parent);
        await send(reply);
      },
    }, h('label', { for: area.id }, bi('Votre réponse', 'Your reply')), area, h('button', { type: 'submit' }, bi('Envoyer la réponse', 'Send the reply'))));
  return details;
}

/** Kind of note (the W3C motivation), tags, text, language and visibility of a new annotation on the picked passage. */
function annotateForm(take: () => Passage | null, queue: (input: Omit<ActionInputs['annotate'], 'annotationId' | 'target'>) => Promise<void>): HTMLElement {
  const select = (name: string, options: [string, string, string][]) => h('select', { id: `annotation-${name}` },
    ...options.map(([value, fr, en]) => h('option', { value }, plain(fr, en))));
  const motivation = select('motivation', MOTIVATIONS.filter(([v]) => v !== 'REPLYING'));
  const visibility = select('visibility', VISIBILITIES);
  // A new note stays the researcher's own until she chooses to share it: a working note shown to the whole
  // partnership by default would be read by the people it is about.
  visibility.value = 'PRIVATE';
  const language = select('language', [['FR', 'Français', 'French'], ['EN', 'Anglais', 'English']]);
  const tags = h('input', { id: 'annotation-tags', autocomplete: 'off' });
  const text = h('textarea', { id: 'annotation-text', rows: 3, maxlength: 4000 });
  const problem = h('div', { 'aria-live': 'assertive' });
  return h('form', {
    id: 'annotate-form', onsubmit: async (e: Event) => {
      e.preventDefault();
      problem.replaceChildren();
      const tagList = tags.value.split(',').map((t) => t.trim()).filter(Boolean);
      if (!text.value.trim() && !(motivation.value === 'TAGGING' && tagList.length)) {
        problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Écrivez le texte de l’annotation.', 'Write the annotation’s text.')));
        return;
      }
      const passage = take();
      if (!passage) {
        problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Sélectionnez d’abord un passage du texte.', 'First select a passage of the text.')));
        return;
      }
      await queue({
        selector: { section: passage.section, exact: passage.exact, start: passage.start, end: passage.end },
        motivation: motivation.value, text: text.value.trim() || null, language: language.value, visibility: visibility.value,
        ...(motivation.value === 'TAGGING' ? { tags: tagList } : {}),
      });
      text.value = '';
      tags.value = '';
    },
  }, h('h3', {}, bi('Annoter le passage choisi', 'Annotate the selected passage')),
  h('label', { for: motivation.id }, bi('Type de note', 'Kind of note')), motivation,
  h('label', { for: text.id }, bi('Annotation', 'Annotation')), text,
  h('label', { for: tags.id }, bi('Étiquettes (étiquetage), séparées par des virgules', 'Tags (tagging), comma-separated')), tags,
  h('label', { for: language.id }, bi('Langue', 'Language')), language,
  h('label', { for: visibility.id }, bi('Qui la lit', 'Who reads it')), visibility,
  problem, h('button', { type: 'submit', class: 'primary' }, bi('Annoter', 'Annotate')));
}
