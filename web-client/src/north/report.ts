// The progress-report editor (#/r/<partnership>/<start>_<end>): the four sections, the indicators (a computed one
// shows the server's count and its source, read-only) and the milestones it reports on. What is typed goes to
// IndexedDB at each key press (drafts.ts); the outbox gets draftReport once, then one editReport per pause, the
// pending one replaced rather than piled up; « Remettre » queues submitReport. Where the text stands (kept here,
// waiting to be sent, sent) follows the replica: the line changes when the sync takes it, on whatever screen it ran.

import { api, errorLine, offline, plain, type Session } from '../app';
import { ApiError } from '../api';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { reportId } from '../replica/ids';
import { keys, type PartnershipRecord, type ReportRecord } from '../replica/protocol';
import { word } from '../words';
import { Drafts, openDraftDb, type DraftIndicator, type ReportDraft } from './drafts';
import ReportEditor from 'virtual:document-ids/ReportEditor';

interface Indicator {
  code: string; title: string; unit: string; baseline: number | null; target: number | null; actual: number | null;
  source: string | null; fact: string | null; computed: boolean;
}

interface Report {
  id: string; status: string; revision: number; updatedAgo: string;
  activities: string; results: string; difficulties: string; nextSteps: string;
  indicators: Indicator[]; milestoneIds: string[];
}

const SECTIONS = [
  ['activities', 'Activités menées', 'Activities'],
  ['results', 'Résultats obtenus', 'Results'],
  ['difficulties', 'Difficultés rencontrées', 'Difficulties'],
  ['nextSteps', 'Prochaines étapes', 'Next steps'],
] as const;
const FACTS: [string, string, string][] = [
  ['', 'Valeur saisie', 'Typed value'],
  ['COMPUTERS_RECEIVED', 'Calculée : ordinateurs reçus', 'Computed: computers received'],
  ['COMPUTERS_INSTALLED', 'Calculée : ordinateurs installés', 'Computed: computers installed'],
  ['WIFI_TERMINALS_INSTALLED', 'Calculée : bornes wifi installées', 'Computed: wifi terminals installed'],
];
/** A pause this long in the typing queues the text; leaving the form queues it at once. */
const PAUSE_MS = 1500;

const text = (n: number | null) => (n === null || n === undefined ? '' : String(n));
const number = (s: string) => (s.trim() === '' || Number.isNaN(Number(s.replace(',', '.'))) ? null : Number(s.replace(',', '.')));

export async function reportScreen(session: Session, slug: string, period: string): Promise<HTMLElement> {
  const [start, end] = period.split('_');
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/p/${encodeURIComponent(slug)}` }, bi('← Le partenariat', '← The partnership'))),
    h('h2', {}, bi(`Rapport d’avancement ${start} → ${end}`, `Progress report ${start} → ${end}`)));
  const id = reportId(slug, start ?? '', end ?? '');
  let server: Report | null | undefined;
  try {
    ({ value: server } = await session.replica.readThrough<Report | null>(keys.report(id), async () => {
      try {
        return (await api.query<{ report: Report }>(ReportEditor, { id })).report;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'NOT_FOUND') return null;
        throw e;
      }
    }, offline));
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  const drafts = new Drafts(await openDraftDb(), session.person);
  const pending = await session.replica.pendingReport(slug, id);
  const submitting = pending.submitted;
  let draft: Omit<ReportDraft, 'person' | 'savedAt'> | undefined = await drafts.get(id);
  const editable = !submitting && (draft || !server || server.status === 'DRAFT' || server.status === 'RETURNED');

  const status = h('p', { id: 'report-status', 'aria-live': 'polite' });
  main.append(status);
  if (!editable) {
    status.replaceChildren(h('span', { class: 'tag' }, submitting ? bi('remis, en attente', 'submitted, pending') : word(server!.status)));
    if (server) main.append(...SECTIONS.map(([key, fr, en]) => h('section', {}, h('h3', {}, bi(fr, en)), h('p', { class: 'prose' }, server![key]))));
    return main;
  }

  draft ??= {
    reportId: id,
    activities: server?.activities ?? '', results: server?.results ?? '', difficulties: server?.difficulties ?? '', nextSteps: server?.nextSteps ?? '',
    indicators: (server?.indicators ?? []).map((i) => ({ code: i.code, title: i.title, unit: i.unit, baseline: text(i.baseline), target: text(i.target), actual: text(i.actual), source: i.source ?? '', fact: i.fact })),
    milestoneIds: server?.milestoneIds ?? [],
    // draftReport is queued once: a report the server has, or one already queued, takes edits.
    opened: !!server || pending.drafted,
    dirty: false,
  };
  const current = draft;
  const computed = new Map((server?.indicators ?? []).filter((i) => i.computed).map((i) => [i.code, i]));

  const content = () => ({
    activities: current.activities, results: current.results, difficulties: current.difficulties, nextSteps: current.nextSteps,
    indicators: current.indicators.map((i) => ({
      code: i.code, title: i.title, unit: i.unit, baseline: number(i.baseline), target: number(i.target),
      ...(i.fact ? { fact: i.fact } : { actual: number(i.actual), source: i.source.trim() || null }),
    })),
    milestoneIds: current.milestoneIds,
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Text was queued from this screen: once it has all gone up, the line says it was sent. */
  let flushed = false;
  let saving = Promise.resolve();
  const say = (fr: string, en: string) => status.replaceChildren(bi(fr, en));
  /** Kept on the phone at each key press; queued at the next pause. */
  const changed = () => {
    current.dirty = true;
    saving = saving.then(() => drafts.save(current));
    say('Brouillon gardé sur ce téléphone', 'Draft kept on this phone');
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), PAUSE_MS);
  };
  /** The text since the last flush goes to the outbox: draftReport the first time, then the one pending editReport. */
  const flush = async () => {
    clearTimeout(timer);
    await saving;
    if (!current.dirty) return;
    current.dirty = false;
    if (!current.opened) {
      current.opened = true;
      await drafts.save(current);
      await session.queue('draftReport', slug, { partnershipId: slug, periodStart: start ?? '', periodEnd: end ?? '', ...content() });
    } else {
      await drafts.save(current);
      await session.replica.replace('editReport', slug, { reportId: id, ...content() }, (input) => input.reportId === id);
      await session.queued(slug);
    }
    flushed = true;
    await showStatus();
  };
  // Typed and left unqueued last time (a closed tab): queue it now.
  if (current.dirty) void flush();

  const sections = SECTIONS.map(([key, fr, en]) => {
    const area = h('textarea', { id: `report-${key}`, rows: 5, maxlength: 20000 });
    area.value = current[key];
    area.addEventListener('input', () => { current[key] = area.value; changed(); });
    return [h('label', { for: `report-${key}` }, bi(fr, en)), area];
  }).flat();

  const indicators = h('div', { id: 'indicators' });
  const paintIndicators = () => indicators.replaceChildren(...current.indicators.map((i, n) => indicatorRow(i, n)));
  function indicatorRow(indicator: DraftIndicator, n: number): HTMLElement {
    const field = (key: 'code' | 'title' | 'unit' | 'baseline' | 'target' | 'actual' | 'source', fr: string, en: string, attrs: Record<string, string> = {}) => {
      const input = h('input', { id: `indicator-${n}-${key}`, ...attrs });
      input.value = indicator[key];
      input.addEventListener('input', () => { indicator[key] = input.value; changed(); });
      return [h('label', { for: input.id }, bi(fr, en)), input];
    };
    const fact = h('select', { id: `indicator-${n}-fact` }, ...FACTS.map(([value, fr, en]) => h('option', { value, selected: (indicator.fact ?? '') === value }, plain(fr, en))));
    fact.addEventListener('change', () => { indicator.fact = fact.value || null; changed(); paintIndicators(); });
    const known = computed.get(indicator.code);
    const value = indicator.fact
      ? h('p', { class: 'computed' }, h('strong', {}, bi('Réalisé (calculé)', 'Actual (computed)')), ' ',
        known && known.fact === indicator.fact ? `${text(known.actual)} ` : '— ', known?.source ? biText(known.source) : bi('compté par le serveur à l’enregistrement', 'counted by the server when saved'))
      : h('div', {}, ...field('actual', 'Réalisé', 'Actual', { inputmode: 'decimal' }), ...field('source', 'Source de la valeur', 'Source of the value'));
    return h('fieldset', { class: 'indicator' }, h('legend', {}, bi(`Indicateur ${n + 1}`, `Indicator ${n + 1}`)),
      ...field('code', 'Code', 'Code', { pattern: '[a-z0-9._-]+', autocapitalize: 'none' }), ...field('title', 'Intitulé', 'Title'), ...field('unit', 'Unité', 'Unit'),
      ...field('baseline', 'Référence', 'Baseline', { inputmode: 'decimal' }), ...field('target', 'Cible', 'Target', { inputmode: 'decimal' }),
      h('label', { for: fact.id }, bi('Valeur réalisée', 'Actual value')), fact, value);
  }
  paintIndicators();
  const addIndicator = h('button', {
    type: 'button', onclick: () => {
      current.indicators.push({ code: `ind-${current.indicators.length + 1}`, title: '', unit: '', baseline: '', target: '', actual: '', source: '', fact: null });
      changed();
      paintIndicators();
      (indicators.lastElementChild?.querySelector('input[id$=title]') as HTMLInputElement | null)?.focus();
    },
  }, bi('Ajouter un indicateur', 'Add an indicator'));

  const milestones = (await session.replica.get<PartnershipRecord>(keys.partnership(slug)))?.milestones ?? [];
  const links = h('fieldset', {}, h('legend', {}, bi('Jalons concernés', 'Milestones covered')), ...milestones.map((m) => {
    const box = h('input', { type: 'checkbox', id: `link-${m.id}`, checked: current.milestoneIds.includes(m.id) });
    box.addEventListener('change', () => {
      current.milestoneIds = box.checked ? [...current.milestoneIds, m.id] : current.milestoneIds.filter((x) => x !== m.id);
      changed();
    });
    return h('div', { class: 'check' }, box, h('label', { for: box.id }, m.title));
  }));

  const problem = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', {
    type: 'button', class: 'primary', id: 'submit-report', onclick: async () => {
      if (!SECTIONS.some(([key]) => current[key].trim()) && !current.indicators.length) {
        problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Un rapport vide ne peut pas être remis.', 'An empty report cannot be submitted.')));
        return;
      }
      current.dirty ||= !current.opened;
      await flush();
      await session.queue('submitReport', slug, { reportId: id });
      await drafts.remove(id);
      location.hash = `#/p/${encodeURIComponent(slug)}`;
    },
  }, bi('Remettre le rapport', 'Submit the report'));

  const form = h('form', { id: 'report-form', onsubmit: (e: Event) => { e.preventDefault(); void flush(); } },
    ...sections, h('h3', {}, bi('Indicateurs', 'Indicators')), indicators, addIndicator, links, problem,
    h('button', { type: 'submit' }, bi('Enregistrer le brouillon', 'Save the draft')), ' ', submit);
  // Leaving the form, the page or the app queues what was typed; the copy on the phone is there already.
  form.addEventListener('focusout', () => void flush());
  const leave = () => void flush();
  window.addEventListener('pagehide', leave);
  window.addEventListener('hashchange', () => { window.removeEventListener('pagehide', leave); leave(); }, { once: true });
  /** Where the text stands: kept here while typed, then waiting to be sent, then sent, as the outbox and the copy say. */
  async function showStatus(): Promise<void> {
    if (current.dirty) return say('Brouillon gardé sur ce téléphone', 'Draft kept on this phone');
    const [waiting, kept] = await Promise.all([session.replica.pendingReport(slug, id), session.replica.get<ReportRecord>(keys.report(id))]);
    const known = kept ?? server;
    const tag = known ? h('span', { class: 'tag' }, word(known.status)) : bi('Nouveau rapport', 'New report');
    status.replaceChildren(...(waiting.drafted || waiting.edited ? [bi('Brouillon en attente d’envoi', 'Draft waiting to be sent')]
      : waiting.refused ? [tag, h('strong', {}, ' · ', bi('refusé par le serveur (voir le message)', 'refused by the server (see the message)'))]
      : flushed ? [tag, h('span', {}, ' · ', bi('brouillon envoyé', 'draft sent'))]
      : [tag, known ? h('span', { class: 'muted' }, ' · ', biText(known.updatedAgo)) : '']));
  }
  session.replica.watch([keys.report(id)], () => void showStatus());
  await showStatus();
  main.append(form);
  return main;
}
