// A partnership's field missions (#/i/<partnership>): each with its dates, places and where it stands, opening its
// own screen; for the North, the form that plans a new one. The plan goes to the outbox, so it works offline too: the
// list shows it as waiting until the server has it, then as the server numbers it.

import { api, errorLine, offline, type Session } from '../app';
import PartnershipMissions from 'virtual:document-ids/PartnershipMissions';
import { missionsIn } from '../replica/actions';
import { h } from '../dom';
import { bi, plain } from '../i18n';
import { word, longDate, problemLine, waitingLine, worksOffline } from './lines';
import { waiting } from './waiting';

export interface MissionRow {
  id: string; title: string; startOn: string; endOn: string; status: string; version: number;
  places: { town: string; country: string }[];
}
interface Missions { id: string; name: string; missions: MissionRow[] }


export async function missionsScreen(session: Session, slug: string): Promise<HTMLElement> {
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/p/${encodeURIComponent(slug)}`, class: 'back' }, bi('← Le partenariat', '← The partnership'))),
    h('h2', {}, bi('Missions de terrain', 'Field missions')));
  const read = async () => (await api.query<{ partnership: Missions | null }>(PartnershipMissions, { id: slug })).partnership;
  let kept: Missions | null | undefined;
  let stale = false;
  try {
    ({ value: kept, stale } = await session.replica.readThrough<Missions | null>(missionsIn(slug), read, offline));
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  if (!kept) {
    main.append(h('p', {}, stale ? bi('Hors ligne, et cette page n’a pas encore été ouverte sur ce téléphone.', 'Offline, and this page was never opened on this phone.')
      : bi('Partenariat introuvable.', 'Partnership not found.')));
    return main;
  }
  const north = session.viewer?.memberships.find((m) => m.partnership.slug === slug)?.role === 'NORTH_STAFF';
  const list = h('ul', { class: 'cards', id: 'missions' });
  let shown = kept.missions;
  /** The kept list, and after it the plans waiting to go up (without a link: the server gives the mission its id). */
  const paint = async () => {
    const planned = await waiting(session.replica, slug, ['planMission'], () => true);
    list.replaceChildren(...shown.map((m) => h('li', {},
      h('a', { href: `#/i/${encodeURIComponent(slug)}/${encodeURIComponent(m.id)}` }, m.title), h('br'),
      h('span', { class: 'tag' }, word(m.status)), ' ', dates(m.startOn, m.endOn), places(m.places))),
    ...planned.map((p) => h('li', { class: 'pending' }, h('strong', {}, p.input.title), waitingLine('Mission planifiée', 'Mission planned'),
      dates(p.input.startOn, p.input.endOn), places(p.input.places))));
    if (!list.children.length) list.append(h('li', {}, bi('Aucune mission pour l’instant.', 'No mission yet.')));
  };
  await paint();
  main.append(
    ...(stale ? [h('p', { class: 'muted' }, bi('Hors ligne : dernières données gardées sur ce téléphone.', 'Offline: last data kept on this phone.'))] : []),
    list);
  if (north) main.append(planForm(session, slug));
  // A plan queued, sent or refused: the list read again (the copy kept when offline), the queue with it.
  session.replica.watch([missionsIn(slug)], async () => {
    const { value } = await session.replica.readThrough<Missions | null>(missionsIn(slug), read, offline).catch(() => ({ value: undefined }));
    if (value) shown = value.missions;
    await paint();
  });
  return main;
}

const dates = (start: string, end: string) =>
  bi(`du ${longDate(start)} au ${longDate(end)}`, `from ${longDate(start, 'en')} to ${longDate(end, 'en')}`);
const places = (list: { town: string; country: string }[]) =>
  list.length ? h('span', { class: 'muted' }, h('br'), list.map((p) => `${p.town} (${p.country})`).join(', ')) : '';

/** Lines of « a, b »: the people (name, organisation) and the places (town, country) of a mission. */
function pairs(text: string): [string, string][] | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const parsed = lines.map((l) => {
    const at = l.lastIndexOf(',');
    return at > 0 ? [l.slice(0, at).trim(), l.slice(at + 1).trim()] as [string, string] : null;
  });
  return parsed.every((p) => p && p[0] && p[1]) ? parsed as [string, string][] : null;
}

function planForm(session: Session, slug: string): HTMLElement {
  const field = (id: string, fr: string, en: string, input: HTMLInputElement | HTMLTextAreaElement, hint?: [string, string]) => [
    h('label', { for: id }, bi(fr, en)), ...(hint ? [h('span', { class: 'muted', id: `${id}-hint` }, bi(...hint))] : []), input];
  const title = h('input', { id: 'mission-title', maxlength: 200, autocomplete: 'off' });
  const start = h('input', { id: 'mission-start', type: 'date' });
  const end = h('input', { id: 'mission-end', type: 'date' });
  const travellers = h('textarea', { id: 'mission-travellers', rows: 2, 'aria-describedby': 'mission-travellers-hint', placeholder: plain('Marc Girard, Ville de Besançon', 'Marc Girard, City of Besançon') });
  const where = h('textarea', { id: 'mission-places', rows: 2, 'aria-describedby': 'mission-places-hint', placeholder: 'Dakar, Sénégal' });
  const objectives = h('textarea', { id: 'mission-objectives', rows: 3, 'aria-describedby': 'mission-objectives-hint' });
  const said = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    id: 'plan-mission-form', novalidate: true, onsubmit: async (e: Event) => {
      e.preventDefault();
      const who = pairs(travellers.value);
      const at = pairs(where.value);
      const problem: [string, string, HTMLElement] | null = !title.value.trim() ? ['Donnez un intitulé à la mission.', 'Give the mission a title.', title]
        : !start.value || !end.value ? ['Indiquez le premier et le dernier jour.', 'Give the first and the last day.', start.value ? end : start]
        : end.value < start.value ? ['Le dernier jour ne peut pas précéder le premier.', 'The last day cannot come before the first.', end]
        : !who?.length ? ['Au moins un membre, une ligne chacun : « Nom, Organisme ».', 'At least one traveller, one line each: “Name, Organisation”.', travellers]
        : !at?.length ? ['Au moins un lieu, une ligne chacun : « Ville, Pays ».', 'At least one place, one line each: “Town, Country”.', where]
        : null;
      if (problem) {
        said.replaceChildren(problemLine(problem[0], problem[1]));
        problem[2].focus();
        return;
      }
      const name = title.value.trim();
      await session.queue('planMission', slug, {
        partnershipId: slug, title: name, startOn: start.value, endOn: end.value,
        travellers: who!.map(([n, organisation]) => ({ name: n, organisation })),
        places: at!.map(([town, country]) => ({ town, country })),
        objectives: objectives.value.split('\n').map((l) => l.trim()).filter(Boolean),
      });
      form.reset();
      // Said next to the button that acted, the form cleared for the next one.
      said.replaceChildren(h('p', { class: 'notice', role: 'status' }, bi(`Mission « ${name} » planifiée.`, `Mission “${name}” planned.`)));
    },
  },
  ...field('mission-title', 'Intitulé', 'Title', title),
  ...field('mission-start', 'Premier jour', 'First day', start),
  ...field('mission-end', 'Dernier jour', 'Last day', end),
  ...field('mission-travellers', 'Membres', 'Travellers', travellers, ['Une ligne chacun : « Nom, Organisme »', 'One line each: “Name, Organisation”']),
  ...field('mission-places', 'Lieux', 'Places', where, ['Une ligne chacun : « Ville, Pays »', 'One line each: “Town, Country”']),
  ...field('mission-objectives', 'Objectifs (facultatif)', 'Objectives (optional)', objectives, ['Un par ligne', 'One per line']),
  said, h('button', { type: 'submit', class: 'primary', id: 'plan-mission' }, bi('Planifier la mission', 'Plan the mission')), worksOffline());
  return h('section', {}, h('h3', {}, bi('Planifier une mission', 'Plan a mission')), form);
}
