// Administration (#/administration): everyone with an account and their memberships, the latest invited first, a
// page at a time (« Suivants »); invite a person, change a membership or the roles, end someone's sessions, issue a
// reset code, invite again or renew an invitation. Every answer is shown next to the button that acted; a code is
// shown once, to be handed on. Online only: these are an administrator's desk work, never queued.

import { api, errorLine, type Session } from '../app';
import { h } from '../dom';
import { bi, lang } from '../i18n';
import { Pages, type Page } from '../pages';
import InvitePerson from 'virtual:document-ids/InvitePerson';
import IssueResetCode from 'virtual:document-ids/IssueResetCode';
import People from 'virtual:document-ids/People';
import ReinvitePerson from 'virtual:document-ids/ReinvitePerson';
import RenewInvitation from 'virtual:document-ids/RenewInvitation';
import RevokeSessions from 'virtual:document-ids/RevokeSessions';
import SetAccountRoles from 'virtual:document-ids/SetAccountRoles';
import SetMembership from 'virtual:document-ids/SetMembership';

interface Person {
  email: string;
  displayName: string;
  status: 'INVITED' | 'ACTIVE';
  invitationExpiresAt: string | null;
  roles: string[];
  memberships: { role: string; partnership: { slug: string; name: string } }[];
}
interface Partnership { slug: string; name: string }
interface Code { email: string; expiresAt: string; invitationCode?: string; resetCode?: string }

const MEMBER_ROLES: Record<string, [string, string]> = {
  NORTH_STAFF: ['agent du Nord', 'North staff'],
  SOUTH_AGENT: ['agent du Sud', 'South agent'],
  THIRD_PARTNER: ['troisième partenaire', 'third partner'],
};
const ACCOUNT_ROLES: Record<string, [string, string]> = {
  ADMINISTRATOR: ['administrateur', 'administrator'],
  FUND_REVIEWER: ['instructeur du Fonds', 'fund reviewer'],
  FUND_MANAGER: ['gestionnaire du Fonds', 'fund manager'],
};

const date = (iso: string) => new Intl.DateTimeFormat(lang(), { dateStyle: 'long' }).format(new Date(iso));
const id = () => crypto.randomUUID();

export async function administrationScreen(_session: Session): Promise<HTMLElement> {
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: '#', class: 'button' }, bi('← Accueil', '← Home'))),
    h('h2', {}, bi('Administration', 'Administration')));
  let partnerships: Partnership[] = [];
  // The latest invited first, a page at a time; the partnerships to choose from come with the first page.
  const people = new Pages<Person>(async (after) => {
    const data = await api.query<{ people: Page<Person>; partnerships?: { nodes: Partnership[] } }>(People, { after, next: after !== null });
    partnerships = data.partnerships?.nodes ?? partnerships;
    return data.people;
  });
  try {
    await people.next();
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const list = h('ul', { class: 'cards', id: 'people' });
  const more = h('button', { type: 'button', id: 'more-people' }, bi('Suivants', 'Next'));
  const moreLine = h('p', {}, more);
  const problem = h('div', { 'aria-live': 'assertive' });
  const show = (added: Person[]) => {
    list.append(...added.map((p) => h('li', {}, personCard(p, partnerships, reload))));
    // Removed rather than hidden: the page's styles give every button a display of its own.
    if (!people.hasMore) moreLine.remove();
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    problem.replaceChildren();
    try {
      show(await people.next());
    } catch (e) {
      problem.replaceChildren(errorLine(e));
    } finally {
      more.disabled = false;
    }
  });
  main.append(
    inviteSection(partnerships, reload),
    h('h3', {}, bi(`Personnes (${people.total})`, `People (${people.total})`)),
    list, moreLine, problem);
  show(people.lines);
  return main;
}

/** One person: who, where she stands, and what an administrator can do for her. */
function personCard(person: Person, partnerships: Partnership[], reload: () => void): HTMLElement {
  const answer = h('div', { 'aria-live': 'polite' });
  const lapsed = person.status === 'INVITED' && person.invitationExpiresAt !== null && new Date(person.invitationExpiresAt) < new Date();
  const act = (button: HTMLButtonElement, run: () => Promise<HTMLElement | null>, confirmFr?: string, confirmEn?: string) => {
    button.addEventListener('click', () => {
      const go = async () => {
        button.disabled = true;
        try {
          const shown = await run();
          if (shown) answer.replaceChildren(shown);
          else reload();
        } catch (e) {
          answer.replaceChildren(errorLine(e));
        } finally {
          button.disabled = false;
        }
      };
      if (!confirmFr) return void go();
      // A change that signs someone out is confirmed next to the button, never in a browser dialog.
      answer.replaceChildren(h('p', { class: 'notice', role: 'alert' }, bi(confirmFr, confirmEn ?? ''), ' ',
        h('button', { type: 'button', class: 'primary', onclick: () => void go() }, bi('Confirmer', 'Confirm')), ' ',
        h('button', { type: 'button', onclick: () => answer.replaceChildren() }, bi('Annuler', 'Cancel'))));
    });
    return button;
  };
  const button = (fr: string, en: string) => h('button', { type: 'button' }, bi(fr, en));
  const slug = person.email.replace(/[^a-z0-9]/g, '-');

  const memberships = h('ul', {}, ...person.memberships.map((m) => {
    const role = roleSelect(`role-${slug}-${m.partnership.slug}`, m.role);
    return h('li', {}, h('label', { for: role.id }, m.partnership.name), h('div', { class: 'actions' }, role,
      act(button('Changer le rôle', 'Change the role'), async () => { await setMembership(person.email, m.partnership.slug, role.value); return null; }),
      act(button('Retirer', 'Remove'), async () => { await setMembership(person.email, m.partnership.slug, null); return null; },
        `Retirer ${person.displayName} de « ${m.partnership.name} » ?`, `Remove ${person.displayName} from '${m.partnership.name}'?`)));
  }));
  const others = partnerships.filter((p) => !person.memberships.some((m) => m.partnership.slug === p.slug));
  const addTo = partnershipSelect(`add-${slug}`, others);
  const addRole = roleSelect(`add-role-${slug}`, 'SOUTH_AGENT');
  const roles = roleChecks(`roles-${slug}`, person.roles);

  const actions = h('div', { class: 'actions' },
    person.status === 'ACTIVE'
      ? act(button('Code de réinitialisation', 'Reset code'), async () =>
        codeLine((await api.mutate<{ issueResetCode: Code }>(IssueResetCode, { input: { clientMutationId: id(), email: person.email } })).issueResetCode))
      : act(button('Renouveler l’invitation', 'Renew the invitation'), async () =>
        codeLine((await api.mutate<{ renewInvitation: Code }>(RenewInvitation, { input: { clientMutationId: id(), email: person.email } })).renewInvitation)),
    person.status === 'ACTIVE'
      ? act(button('Inviter à nouveau', 'Invite again'), async () =>
        codeLine((await api.mutate<{ reinvitePerson: Code }>(ReinvitePerson, { input: { clientMutationId: id(), email: person.email } })).reinvitePerson),
      `Son mot de passe cessera de fonctionner et ${person.displayName} sera déconnectée partout. Continuer ?`,
      `The password will stop working and ${person.displayName} will be signed out everywhere. Go on?`)
      : null,
    act(button('Fermer ses sessions', 'End her sessions'), async () => {
      await api.mutate(RevokeSessions, { input: { clientMutationId: id(), email: person.email } });
      return h('p', { class: 'notice', role: 'status' }, bi('Toutes ses sessions sont fermées.', 'All her sessions are ended.'));
    }, `Déconnecter ${person.displayName} de tous ses appareils ?`, `Sign ${person.displayName} out of every device?`));

  const status = person.status === 'ACTIVE' ? bi('active', 'active')
    : lapsed ? bi(`invitation expirée le ${date(person.invitationExpiresAt!)}`, `invitation lapsed on ${date(person.invitationExpiresAt!)}`)
      : bi(`invitée jusqu’au ${date(person.invitationExpiresAt!)}`, `invited until ${date(person.invitationExpiresAt!)}`);
  return h('details', {},
    h('summary', {}, h('strong', {}, person.displayName), ' ', h('span', { class: lapsed ? 'tag late' : 'tag' }, status),
      h('br'), h('span', { class: 'muted' }, person.email)),
    h('h4', {}, bi('Partenariats', 'Partnerships')),
    person.memberships.length ? memberships : h('p', {}, bi('Aucun.', 'None.')),
    others.length
      ? h('div', {}, h('label', { for: addTo.id }, bi('Ajouter à un partenariat', 'Add to a partnership')), addTo,
        h('label', { for: addRole.id }, bi('Rôle', 'Role')), h('div', { class: 'actions' }, addRole,
          act(button('Ajouter', 'Add'), async () => { await setMembership(person.email, addTo.value, addRole.value); return null; })))
      : null,
    h('h4', {}, bi('Rôles', 'Roles')), roles.fieldset,
    act(button('Enregistrer les rôles', 'Save the roles'), async () => {
      await api.mutate(SetAccountRoles, { input: { clientMutationId: id(), email: person.email, roles: roles.value() } });
      return null;
    }),
    h('h4', {}, bi('Accès', 'Access')), actions, answer);
}

function inviteSection(partnerships: Partnership[], reload: () => void): HTMLElement {
  const email = h('input', { id: 'invite-email', type: 'email', required: true, inputmode: 'email', autocomplete: 'off' });
  const name = h('input', { id: 'invite-name', required: true, autocomplete: 'off' });
  const partnership = partnershipSelect('invite-partnership', partnerships, true);
  const role = roleSelect('invite-role', 'SOUTH_AGENT');
  const roles = roleChecks('invite-roles', []);
  const answer = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary' }, bi('Inviter', 'Invite'));
  const form = h('form', {
    novalidate: true,
    onsubmit: async (event: Event) => {
      event.preventDefault();
      if (!email.value.trim() || !name.value.trim()) {
        answer.replaceChildren(h('p', { class: 'refused', role: 'alert' }, bi('L’adresse et le nom sont obligatoires.', 'The address and the name are required.')));
        return;
      }
      submit.disabled = true;
      try {
        const memberships = partnership.value ? [{ partnershipId: partnership.value, role: role.value }] : [];
        const { invitePerson } = await api.mutate<{ invitePerson: Code }>(InvitePerson, {
          input: { clientMutationId: id(), email: email.value.trim(), displayName: name.value.trim(), roles: roles.value(), memberships },
        });
        form.reset();
        answer.replaceChildren(codeLine(invitePerson),
          h('button', { type: 'button', onclick: reload }, bi('Voir la liste à jour', 'See the updated list')));
      } catch (e) {
        answer.replaceChildren(errorLine(e));
      } finally {
        submit.disabled = false;
      }
    },
  },
  h('label', { for: 'invite-email' }, bi('Adresse électronique', 'Email address')), email,
  h('label', { for: 'invite-name' }, bi('Nom affiché', 'Display name')), name,
  h('label', { for: 'invite-partnership' }, bi('Partenariat (facultatif)', 'Partnership (optional)')), partnership,
  h('label', { for: 'invite-role' }, bi('Rôle dans ce partenariat', 'Role in this partnership')), role,
  roles.fieldset, submit, answer);
  return h('details', { id: 'invite' }, h('summary', {}, bi('Inviter une personne', 'Invite a person')), form);
}

/** A code to hand on, said once: who it is for, and until when it works. */
function codeLine(code: Code): HTMLElement {
  const value = code.invitationCode ?? code.resetCode ?? '';
  const kind = code.invitationCode !== undefined ? bi('Code d’invitation', 'Invitation code') : bi('Code de réinitialisation', 'Reset code');
  if (!value) return h('p', { class: 'notice', role: 'status' }, kind, ' ', bi('déjà remis : il ne s’affiche qu’une fois.', 'already given: it is shown once only.'));
  return h('p', { class: 'notice code', role: 'status' }, kind, ' ', bi(`pour ${code.email}`, `for ${code.email}`), ' : ',
    h('strong', { class: 'one-time-code' }, value), ' — ',
    bi(`à transmettre à la personne, valable une fois jusqu’au ${date(code.expiresAt)}.`, `hand it to the person; works once until ${date(code.expiresAt)}.`));
}

function setMembership(email: string, partnershipId: string, role: string | null): Promise<unknown> {
  return api.mutate(SetMembership, { input: { clientMutationId: id(), email, partnershipId, role } });
}

function roleSelect(selectId: string, selected: string): HTMLSelectElement {
  return h('select', { id: selectId }, ...Object.entries(MEMBER_ROLES).map(([value, [fr, en]]) =>
    h('option', { value, selected: value === selected }, lang() === 'en' ? `${en} / ${fr}` : `${fr} / ${en}`)));
}

function partnershipSelect(selectId: string, partnerships: Partnership[], none = false): HTMLSelectElement {
  return h('select', { id: selectId },
    none ? h('option', { value: '' }, lang() === 'en' ? 'None / Aucun' : 'Aucun / None') : null,
    ...partnerships.map((p) => h('option', { value: p.slug }, p.name)));
}

function roleChecks(prefix: string, selected: string[]): { fieldset: HTMLFieldSetElement; value: () => string[] } {
  const boxes = Object.entries(ACCOUNT_ROLES).map(([value, [fr, en]]) => {
    const box = h('input', { type: 'checkbox', id: `${prefix}-${value}`, value, checked: selected.includes(value) });
    return { box, row: h('div', { class: 'check' }, box, h('label', { for: box.id }, bi(fr, en))) };
  });
  return {
    fieldset: h('fieldset', {}, h('legend', {}, bi('Rôles hors partenariats', 'Roles beside partnerships')), ...boxes.map((b) => b.row)),
    value: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value),
  };
}
