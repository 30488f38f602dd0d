// Milestone planning on a partnership's page: plan, edit, reschedule, record progress, complete, cancel. North staff
// act on every milestone, a South agent on the South side's (the grain's rule, mirrored so that nobody types into a
// form the server will refuse). Each act is queued in the outbox and shows as pending at once, with or without network.

import { plain, type Session } from '../app';
import { frenchDate } from '../dates';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { isKind, type ActionInputs, type Typed } from '../replica/actions';
import { keys, type MilestoneRow, type PartnershipRecord } from '../replica/protocol';
import { word } from '../words';

export type { MilestoneRow };

type Change = 'editMilestone' | 'rescheduleMilestone' | 'recordMilestoneProgress' | 'completeMilestone' | 'cancelMilestone';
const ACTS: Record<Change, [string, string]> = {
  editMilestone: ['modifié', 'edited'],
  rescheduleMilestone: ['replanifié', 'rescheduled'],
  recordMilestoneProgress: ['avancement noté', 'progress recorded'],
  completeMilestone: ['terminé', 'completed'],
  cancelMilestone: ['annulé', 'cancelled'],
};

export function milestoneSection(session: Session, slug: string, initial: MilestoneRow[], role: 'north' | 'south'): HTMLElement {
  let milestones = initial;
  const list = h('ul', { class: 'cards', id: 'milestones' });
  const canChange = (side: string) => role === 'north' || side === 'SOUTH';

  const paint = async () => {
    const pending = await session.replica.pending(slug);
    const changes = pending.filter((a) => isKind(a, ...(Object.keys(ACTS) as Change[])));
    list.replaceChildren(
      ...milestones.map((m) => row(m, changes.filter((a) => a.input.milestoneId === m.id))),
      ...pending.filter((a) => isKind(a, 'planMilestone')).map((a) => h('li', { class: 'pending' },
        h('strong', {}, a.input.title), h('br'),
        bi('Échéance', 'Due'), ` ${frenchDate(a.input.dueOn)} · `, word(a.input.side), ' · ', h('em', {}, bi('prévu, en attente', 'planned, pending')))));
  };

  function row(m: MilestoneRow, waiting: Typed<Change>[]): HTMLElement {
    const li = h('li', { id: `milestone-${m.id}`, class: waiting.length ? 'pending' : '' },
      h('strong', {}, m.title), h('br'),
      bi('Échéance', 'Due'), ` ${frenchDate(m.dueOn)} · ${m.progress} % · `, h('span', { class: 'tag' }, word(m.status)), ' · ', word(m.side), h('br'),
      h('span', { class: 'muted' }, biText(m.updatedAgo)),
      ...waiting.map((a) => h('div', {}, h('em', {}, bi(`${ACTS[a.kind][0]}, en attente`, `${ACTS[a.kind][1]}, pending`)))));
    if (canChange(m.side) && m.status !== 'COMPLETED' && m.status !== 'CANCELLED') li.append(changeForms(m));
    return li;
  }

  /** The five changes of a milestone, folded away until asked for so that the list stays short on a phone. */
  function changeForms(m: MilestoneRow): HTMLElement {
    const queue = <K extends Change>(kind: K, input: Omit<ActionInputs[K], 'milestoneId'>) =>
      session.queue(kind, slug, { milestoneId: m.id, ...input } as ActionInputs[K]);
    const field = (name: string, fr: string, en: string, attrs: Record<string, string | number | boolean>) => {
      const id = `${name}-${m.id}`;
      const input = h('input', { id, name, ...attrs });
      return [h('label', { for: id }, bi(fr, en)), input] as const;
    };
    const form = (title: [string, string], fields: (readonly [HTMLElement, HTMLInputElement])[], submit: (values: string[]) => Promise<void> | void) =>
      h('form', {
        class: 'change',
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const values = fields.map(([, input]) => input.value.trim());
          if (fields.some(([, input]) => input.required && !input.value.trim())) return;
          await submit(values);
        },
      }, ...fields.flat(), h('button', { type: 'submit' }, bi(...title)));
    return h('details', { class: 'changes' },
      // The title after the visible words, for screen readers: the name starts with what is seen (WCAG 2.5.3).
      h('summary', {}, bi('Modifier…', 'Change…'), h('span', { class: 'visually-hidden' }, ` ${m.title}`)),
      form(['Noter l’avancement', 'Record progress'], [field('progress', 'Avancement (%)', 'Progress (%)', { type: 'number', min: 0, max: 100, value: m.progress, required: true })],
        ([p]) => queue('recordMilestoneProgress', { progress: Number(p) })),
      form(['Replanifier', 'Reschedule'], [field('due', 'Nouvelle échéance', 'New due date', { type: 'date', value: m.dueOn, required: true })],
        ([due]) => queue('rescheduleMilestone', { dueOn: due })),
      form(['Enregistrer l’intitulé', 'Save the title'], [field('title', 'Intitulé', 'Title', { value: m.title, maxlength: 160, required: true }), field('description', 'Description', 'Description', { maxlength: 4000 })],
        ([title, description]) => queue('editMilestone', description ? { title, description } : { title })),
      form(['Annuler le jalon', 'Cancel the milestone'], [field('reason', 'Raison de l’annulation', 'Reason for cancelling', { maxlength: 1000, required: true })],
        ([reason]) => queue('cancelMilestone', { reason })),
      h('button', { type: 'button', class: 'primary', onclick: () => void queue('completeMilestone', {}) }, bi('Jalon atteint', 'Milestone reached')));
  }

  const planned = planForm(session, slug, role);
  // A milestone queued, sent or changed by someone else: the partnership's record as kept now, and the outbox.
  session.replica.watch([keys.partnership(slug)], async () => {
    milestones = (await session.replica.get<PartnershipRecord>(keys.partnership(slug)))?.milestones ?? milestones;
    await paint();
  });
  void paint();
  return h('section', { 'aria-labelledby': 'milestones-title' }, h('h3', { id: 'milestones-title' }, bi('Jalons', 'Milestones')), list, planned);
}

function planForm(session: Session, slug: string, role: 'north' | 'south'): HTMLElement {
  const title = h('input', { id: 'plan-title', maxlength: 160, required: true });
  const due = h('input', { id: 'plan-due', type: 'date', required: true });
  const description = h('textarea', { id: 'plan-description', rows: 2, maxlength: 4000 });
  const sides = role === 'north' ? [['NORTH', 'Nord', 'North'], ['SOUTH', 'Sud', 'South'], ['JOINT', 'Conjoint', 'Joint']] : [['SOUTH', 'Sud', 'South']];
  const side = h('select', { id: 'plan-side' }, ...sides.map(([value, fr, en]) => h('option', { value }, plain(fr, en))));
  const problem = h('div', { 'aria-live': 'assertive' });
  const form = h('form', {
    id: 'plan-milestone',
    onsubmit: async (e: Event) => {
      e.preventDefault();
      if (!title.value.trim() || !due.value) {
        problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('Donnez un intitulé et une échéance.', 'Give a title and a due date.')));
        (title.value.trim() ? due : title).focus();
        return;
      }
      problem.replaceChildren();
      await session.queue('planMilestone', slug, {
        partnershipId: slug, title: title.value.trim(), side: side.value, dueOn: due.value,
        ...(description.value.trim() ? { description: description.value.trim() } : {}),
      });
      form.reset();
      title.focus();
    },
  },
  h('label', { for: 'plan-title' }, bi('Intitulé', 'Title')), title,
  h('label', { for: 'plan-side' }, bi('Côté', 'Side')), side,
  h('label', { for: 'plan-due' }, bi('Échéance', 'Due date')), due,
  h('label', { for: 'plan-description' }, bi('Description (facultative)', 'Description (optional)')), description,
  problem,
  h('button', { type: 'submit', class: 'primary' }, bi('Planifier le jalon', 'Plan the milestone')));
  return h('details', { class: 'plan' }, h('summary', {}, bi('Planifier un jalon', 'Plan a milestone')), form);
}
