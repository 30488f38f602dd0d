// One field mission (#/i/<partnership>/<mission>): its plan; the North starts it, cancels it with a reason, and files
// its report, each filing a new numbered version (the earlier ones stay readable); the South comments on it; and
// while it is under way or reported, either side records what became of each computer the shipments brought
// (installed, seen working, seen broken). Every step goes to the outbox like a receiving verdict: it works offline,
// shows at once as waiting, and is shown once: a queued comment or event whose id the server already echoes on the
// mission is not shown again.

import { api, errorLine, offline, type Session } from '../app';
import Mission from 'virtual:document-ids/Mission';
import { h, adoptStyles } from '../dom';
import { bi, plain } from '../i18n';
import { missionOf, type ItemEvent, type Typed } from '../replica/actions';
import { word, longDate, problemLine, waitingLine, worksOffline } from './lines';
import { missionsScreen } from './missions';
import { echoed, waiting } from './waiting';

interface Version { number: number; whatWasDone: string; findings: string; followUp: string; filedAt: string; filedBy: string }
interface Comment { number: number; author: string; at: string; text: string; clientMutationId: string | null }
interface Mission {
  id: string; title: string; startOn: string; endOn: string; status: string; version: number;
  travellers: { name: string; organisation: string }[]; places: { town: string; country: string }[];
  objectives: string[]; agenda: { date: string; text: string }[]; cancellationReason: string | null;
  comments: Comment[]; reportVersions: Version[];
}
interface LifeEvent { kind: string; note: string | null; by: string; at: string; missionId: string | null; clientMutationId: string | null }
interface Item { id: string; kind: string; serialNumber: string; destination: string; verdict: { verdict: string } | null; events: LifeEvent[] }
interface Shipments { id: string; shipments: { id: string; title: string; status: string; items: Item[] }[] }
interface Read { mission: Mission; partnership: Shipments | null }

const REPORT = [
  ['whatWasDone', 'Ce qui a été fait', 'What was done'],
  ['findings', 'Constats', 'Findings'],
  ['followUp', 'Suites à donner', 'Follow-up'],
] as const;
const EVENTS: [ItemEvent, string, string][] = [
  ['INSTALLED', 'Installé', 'Installed'],
  ['SEEN_WORKING', 'En marche', 'Working'],
  ['SEEN_BROKEN', 'En panne', 'Broken'],
];

const STYLES = `
.life { display: grid; grid-template-columns: repeat(3, 1fr); gap: .3rem; }
.life button { padding: .3rem .2rem; margin: 0; }
.life button[aria-pressed=true] { background: #0b5563; color: #fff; }
.life button[aria-pressed=true] .en { color: #dce9ec; }
li.item.e-seen_broken { border-left: 6px solid #9b1c1c; }
li.item.e-seen_working, li.item.e-installed { border-left: 6px solid #2f7d32; }
.prose { white-space: pre-wrap; }
`;

/** Without a mission named, the partnership's list of them (one chunk for both: the one is opened from the other). */
export async function missionScreen(session: Session, slug: string, missionId?: string): Promise<HTMLElement> {
  if (!missionId) return missionsScreen(session, slug);
  const id = missionId;
  const main = h('main', { id: 'main', tabindex: -1 },
    h('p', {}, h('a', { href: `#/i/${encodeURIComponent(slug)}`, class: 'back' }, bi('← Les missions', '← The missions'))));
  adoptStyles(STYLES, main);
  const key = missionOf(id);
  const read = async () => {
    const answer = await api.query<Read>(Mission, { id, partnershipId: slug });
    return answer.mission ? answer : null;
  };
  let kept: Read | null | undefined;
  let stale = false;
  try {
    ({ value: kept, stale } = await session.replica.readThrough<Read | null>(key, read, offline));
  } catch (e) {
    main.append(errorLine(e));
    return main;
  }
  if (!kept) {
    main.append(h('p', {}, bi('Mission introuvable, ou jamais ouverte sur ce téléphone hors ligne.', 'Mission not found, or never opened on this phone while offline.')));
    return main;
  }
  const role = session.viewer?.memberships.find((m) => m.partnership.slug === slug)?.role;
  const north = role === 'NORTH_STAFF';
  const south = role === 'SOUTH_AGENT';
  let current: Read = kept;
  /** The shipments' folds the person opened: painted again, they stay open. */
  const openFolds = new Set<string>();
  /** What to focus once the screen is painted again after a queued action: the control that acted, in view. */
  let focusNext: string | undefined;
  const body = h('div');
  main.append(body);

  /** The server's mission with what waits in the outbox, each queued action shown once. */
  const paint = async (focus?: string) => {
    const m = current.mission;
    const [steps, comments, events] = await Promise.all([
      waiting(session.replica, slug, ['startMission', 'cancelMission', 'fileMissionReport'], (a) => a.input.missionId === id),
      waiting(session.replica, slug, ['commentOnMission'], (a) => a.input.missionId === id),
      waiting(session.replica, slug, ['recordItemEvent'], () => true),
    ]);
    const queued = (kind: string) => steps.filter((a) => a.kind === kind);
    body.replaceChildren(...[
      h('h2', {}, m.title),
      h('p', { id: 'mission-status' }, h('span', { class: 'tag' }, word(m.status)), ' ',
        bi(`du ${longDate(m.startOn)} au ${longDate(m.endOn)}`, `from ${longDate(m.startOn, 'en')} to ${longDate(m.endOn, 'en')}`)),
      stale ? h('p', { class: 'muted' }, bi('Hors ligne : dernières données gardées sur ce téléphone.', 'Offline: last data kept on this phone.')) : null,
      m.cancellationReason ? h('p', { class: 'refused' }, bi('Annulée :', 'Cancelled:'), ` ${m.cancellationReason}`) : null,
      plan(m),
      ...queued('startMission').map(() => waitingLine('Démarrage de la mission', 'Start of the mission')),
      ...queued('cancelMission').map(() => waitingLine('Annulation de la mission', 'Cancellation of the mission')),
      north && !steps.some((a) => a.kind !== 'fileMissionReport') ? northSteps(m) : null,
      reportPart(m, queued('fileMissionReport') as Typed<'fileMissionReport'>[], queued('startMission').length > 0),
      m.status === 'UNDER_WAY' || m.status === 'REPORTED' ? itemsPart(events) : null,
      commentsPart(m, comments),
    ].filter((n): n is HTMLElement => n !== null));
    if (focus) body.querySelector<HTMLElement>(focus)?.focus();
  };

  const reload = async (focus?: string) => {
    const { value } = await session.replica.readThrough<Read | null>(key, read, offline).catch(() => ({ value: undefined }));
    if (value) current = value;
    await paint(focus);
  };

  function plan(m: Mission): HTMLElement {
    return h('section', {},
      h('p', {}, h('strong', {}, bi('Lieux :', 'Places:')), ' ', m.places.map((p) => `${p.town} (${p.country})`).join(', ')),
      h('p', {}, h('strong', {}, bi('Membres :', 'Travellers:')), ' ', m.travellers.map((t) => `${t.name} (${t.organisation})`).join(', ')),
      m.objectives.length ? h('div', {}, h('strong', {}, bi('Objectifs', 'Objectives')), h('ul', {}, ...m.objectives.map((o) => h('li', {}, o)))) : '',
      m.agenda.length ? h('div', {}, h('strong', {}, bi('Programme', 'Agenda')), h('ul', {}, ...m.agenda.map((d) => h('li', {}, `${longDate(d.date)} — ${d.text}`)))) : '');
  }

  /** The North's steps on a planned mission: start it, or cancel it with the reason. */
  function northSteps(m: Mission): HTMLElement | null {
    if (m.status !== 'PLANNED') return null;
    const start = h('button', {
      type: 'button', class: 'primary', id: 'start-mission', onclick: () => {
        focusNext = '#mission-status';
        void session.queue('startMission', slug, { missionId: id, expectedVersion: m.version });
      },
    }, bi('Démarrer la mission', 'Start the mission'));
    const reason = h('textarea', { id: 'cancel-reason', rows: 2, maxlength: 1000 });
    const said = h('div', { 'aria-live': 'assertive' });
    return h('section', {}, h('h3', {}, bi('Conduite de la mission', 'Running the mission')), start,
      h('details', {}, h('summary', {}, bi('Annuler la mission…', 'Cancel the mission…')),
        h('form', {
          onsubmit: (e: Event) => {
            e.preventDefault();
            if (!reason.value.trim()) {
              said.replaceChildren(problemLine('Indiquez la raison de l’annulation.', 'Give the reason for cancelling.'));
              reason.focus();
              return;
            }
            focusNext = '#mission-status';
            void session.queue('cancelMission', slug, { missionId: id, reason: reason.value.trim() });
          },
        }, h('label', { for: 'cancel-reason' }, bi('Raison (obligatoire)', 'Reason (required)')), reason, said,
        h('button', { type: 'submit', id: 'cancel-mission' }, bi('Annuler la mission', 'Cancel the mission')))),
      worksOffline());
  }

  /** The latest version of the report open, the earlier ones folded; the North files the next one. */
  function reportPart(m: Mission, filing: Typed<'fileMissionReport'>[], starting: boolean): HTMLElement {
    const versions = [...m.reportVersions].reverse();
    const version = (v: Version) => [
      h('p', { class: 'muted' }, bi(`Version ${v.number}, déposée par ${v.filedBy} le ${longDate(v.filedAt)}`, `Version ${v.number}, filed by ${v.filedBy} on ${longDate(v.filedAt, 'en')}`)),
      ...REPORT.map(([k, fr, en]) => h('div', {}, h('strong', {}, bi(fr, en)), h('p', { class: 'prose' }, v[k] || '—'))),
    ];
    const section = h('section', { id: 'mission-report' }, h('h3', {}, bi('Compte rendu', 'Report')),
      versions[0] ? h('div', { id: 'report-latest', tabindex: -1 }, ...version(versions[0])) : h('p', {}, bi('Pas encore de compte rendu.', 'No report yet.')),
      ...versions.slice(1).map((v) => h('details', {}, h('summary', {}, bi(`Version ${v.number} (${longDate(v.filedAt)})`, `Version ${v.number} (${longDate(v.filedAt, 'en')})`)), ...version(v))));
    // A filing waiting to go up comes first: it is the version the North just wrote.
    for (const f of filing) {
      section.insertBefore(h('div', { class: 'pending', id: 'report-waiting', tabindex: -1 }, waitingLine('Nouvelle version du compte rendu', 'New report version'),
        ...REPORT.map(([k, fr, en]) => h('div', {}, h('strong', {}, bi(fr, en)), h('p', { class: 'prose' }, f.input[k] || '—')))), section.children[1]);
    }
    if (north && !filing.length && (starting || m.status === 'UNDER_WAY' || m.status === 'REPORTED')) section.append(fileForm(m, versions[0]));
    return section;
  }

  function fileForm(m: Mission, latest: Version | undefined): HTMLElement {
    const areas = REPORT.map(([k]) => {
      const area = h('textarea', { id: `mission-${k}`, rows: 4, maxlength: 20000 });
      area.value = latest?.[k] ?? '';
      return area;
    });
    const said = h('div', { 'aria-live': 'assertive' });
    const next = m.reportVersions.length + 1;
    return h('details', { open: !latest }, h('summary', {}, latest ? bi('Déposer une nouvelle version', 'File a new version') : bi('Rédiger le compte rendu', 'Write the report')),
      h('form', {
        id: 'file-report-form', onsubmit: (e: Event) => {
          e.preventDefault();
          if (areas.every((a) => !a.value.trim())) {
            said.replaceChildren(problemLine('Un compte rendu vide ne peut pas être déposé.', 'An empty report cannot be filed.'));
            areas[0].focus();
            return;
          }
          const [whatWasDone = '', findings = '', followUp = ''] = areas.map((a) => a.value.trim());
          focusNext = '#report-waiting';
          void session.queue('fileMissionReport', slug, { missionId: id, whatWasDone, findings, followUp });
        },
      }, ...REPORT.flatMap(([k, fr, en], i) => [h('label', { for: `mission-${k}` }, bi(fr, en)), areas[i]]), said,
      h('button', { type: 'submit', class: 'primary', id: 'file-report' }, bi(`Déposer la version ${next}`, `File version ${next}`)), worksOffline()));
  }

  /**
   * What became of each computer that came (received or damaged; a missing one never arrived): one row each, its
   * last event, and three buttons. A tap goes to the outbox; the row shows it waiting until the server has it.
   */
  function itemsPart(queuedEvents: Typed<'recordItemEvent'>[]): HTMLElement {
    const section = h('section', { id: 'mission-items' }, h('h3', {}, bi('Ce que sont devenus les matériels', 'What became of the equipment')),
      worksOffline());
    const shipments = (current.partnership?.shipments ?? []).map((s) => ({ ...s, items: s.items.filter((i) => i.verdict && i.verdict.verdict !== 'MISSING') }))
      .filter((s) => s.items.length);
    if (!shipments.length) section.append(h('p', {}, bi('Aucun matériel reçu dans ce partenariat.', 'No equipment received in this partnership.')));
    // One fold per shipment, so a partnership's many deliveries stay a short screen; one with work waiting opens.
    for (const shipment of shipments) {
      const fold = h('details', { class: 'shipment-life', open: openFolds.has(shipment.id) }, h('summary', {}, shipment.title, ' ', h('span', { class: 'muted' }, `(${shipment.items.length})`)));
      fold.addEventListener('toggle', () => void (fold.open ? openFolds.add(shipment.id) : openFolds.delete(shipment.id)));
      section.append(fold);
      fold.append(h('ul', { class: 'items' }, ...shipment.items.map((item) => {
        const known = echoed(item.events.map((e) => e.clientMutationId));
        const queued = queuedEvents.filter((w) => w.input.shipmentId === shipment.id && w.input.itemId === item.id && !known(w));
        const last = queued.at(-1)?.input.event ?? item.events.at(-1)?.kind;
        if (queued.length) fold.open = true;
        const lastSeen = item.events.at(-1);
        return h('li', { class: `item${last ? ` e-${last.toLowerCase()}` : ''}${queued.length ? ' pending' : ''}`, id: `life-${shipment.id}-${item.id}` },
          h('strong', {}, item.serialNumber), ' ', h('span', { class: 'muted' }, word(item.kind), ` · ${item.destination}`), h('br'),
          h('span', { class: 'state' }, last ? word(last) : bi('rien de noté', 'nothing noted'),
            queued.length ? h('em', {}, ' · ', bi('en attente', 'pending')) : lastSeen ? h('span', { class: 'muted' }, ` · ${lastSeen.by}, ${longDate(lastSeen.at)}`) : ''),
          h('div', { class: 'life' }, ...EVENTS.map(([event, fr, en]) => h('button', {
            type: 'button', 'aria-pressed': String(last === event), id: `life-${shipment.id}-${item.id}-${event}`,
            'aria-label': `${plain(fr, en)} — ${item.serialNumber}`,
            onclick: () => {
              focusNext = `#${CSS.escape(`life-${shipment.id}-${item.id}-${event}`)}`;
              void session.queue('recordItemEvent', slug, { shipmentId: shipment.id, itemId: item.id, event, missionId: id });
            },
          }, bi(fr, en)))));
      })));
    }
    return section;
  }

  /** The South's comments, oldest first, the queued ones after them; a South agent's form to add one. */
  function commentsPart(m: Mission, queuedComments: Typed<'commentOnMission'>[]): HTMLElement {
    const known = echoed(m.comments.map((c) => c.clientMutationId));
    const queued = queuedComments.filter((c) => !known(c));
    const section = h('section', { id: 'mission-comments' }, h('h3', {}, bi('Commentaires du Sud', 'The South’s comments')),
      m.comments.length || queued.length ? h('ul', { class: 'cards' },
        ...m.comments.map((c) => h('li', {}, h('span', { class: 'muted' }, `${c.author}, ${longDate(c.at)}`), h('p', { class: 'prose' }, c.text))),
        ...queued.map((c) => h('li', { class: 'pending' }, h('em', {}, bi('en attente d’envoi', 'waiting to be sent')), h('p', { class: 'prose' }, c.input.text))))
        : h('p', {}, bi('Aucun commentaire.', 'No comment.')));
    if (south && m.status !== 'CANCELLED') {
      const text = h('textarea', { id: 'mission-comment', rows: 3, maxlength: 4000 });
      const said = h('div', { 'aria-live': 'assertive' });
      section.append(h('form', {
        id: 'comment-form', onsubmit: async (e: Event) => {
          e.preventDefault();
          if (!text.value.trim()) {
            said.replaceChildren(problemLine('Écrivez le commentaire.', 'Write the comment.'));
            text.focus();
            return;
          }
          focusNext = '#mission-comment';
          await session.queue('commentOnMission', slug, { missionId: id, text: text.value.trim() });
        },
      }, h('label', { for: 'mission-comment' }, bi('Votre commentaire', 'Your comment')), text, said,
      h('button', { type: 'submit', class: 'primary', id: 'add-comment' }, bi('Commenter', 'Comment')), worksOffline()));
    }
    return section;
  }

  await paint();
  // A comment or an event queued, sent or refused: the server read again (online), the outbox read again always.
  session.replica.watch([key], () => {
    const focus = focusNext;
    focusNext = undefined;
    void reload(focus);
  });
  return main;
}
