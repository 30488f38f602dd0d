// « Avis » (#/avis): what the platform told the person — a report falling due, a returned report, a damaged delivery,
// a file to review, a reply to her note — newest first, « Voir plus » for older ones, unread ones marked, all marked
// read in one tap; and how she receives them by e-mail: each one, a daily digest, or none. Read from the server:
// nothing here is kept offline.

import { api, errorLine, type Session } from '../app';
import { h } from '../dom';
import { bi, lang, plain } from '../i18n';
import { refreshUnread, showUnread } from '../notice-count';
import MarkNoticesRead from 'virtual:document-ids/MarkNoticesRead';
import SetNoticeChoice from 'virtual:document-ids/SetNoticeChoice';

interface Notice {
  id: string;
  titleFr: string;
  titleEn: string;
  textFr: string;
  textEn: string;
  link: string | null;
  at: string;
  read: boolean;
}

interface NoticePage {
  totalCount: number;
  unreadCount: number;
  hasMore: boolean;
  choice: Choice;
  nodes: Notice[];
}

type Choice = 'EACH_EVENT' | 'DAILY_DIGEST' | 'NONE';

const PAGE = 20;

const CHOICES: [Choice, string, string][] = [
  ['EACH_EVENT', 'À chaque avis', 'For each notice'],
  ['DAILY_DIGEST', 'Un résumé par jour', 'A daily digest'],
  ['NONE', 'Jamais (seulement ici)', 'Never (only here)'],
];

const dateFormat = () => new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export async function noticesScreen(_session: Session): Promise<HTMLElement> {
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', {}, h('a', { href: '#/' }, bi('← Accueil', '← Home'))), h('h2', {}, bi('Avis', 'Notices')));
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'cards', id: 'notices' });
  const more = h('button', { type: 'button', hidden: true }, bi('Voir plus', 'Show more'));
  const markAll = h('button', { type: 'button', id: 'mark-all-read' }, bi('Tout marquer comme lu', 'Mark all as read'));
  let offset = 0;

  const item = (n: Notice) => h('li', { class: n.read ? 'read' : 'unread', 'data-notice': n.id },
    n.read ? '' : h('span', { class: 'tag' }, bi('nouveau', 'new'), ' '),
    h('strong', {}, bi(n.titleFr, n.titleEn)), h('br'),
    bi(n.textFr, n.textEn), h('br'),
    h('span', { class: 'muted' }, dateFormat().format(new Date(n.at))),
    n.link ? h('span', {}, ' · ', h('a', { href: n.link }, bi('Ouvrir', 'Open'))) : '');

  const load = async (): Promise<NoticePage | null> => {
    try {
      const page = (await api.query<{ viewer: { notices: NoticePage } }>('Notices', { first: PAGE, offset })).viewer.notices;
      list.append(...page.nodes.map(item));
      offset += page.nodes.length;
      more.hidden = !page.hasMore;
      if (!list.childElementCount) list.replaceWith(h('p', { id: 'notices' }, bi('Aucun avis pour l’instant.', 'No notice yet.')));
      return page;
    } catch (e) {
      main.append(errorLine(e));
      return null;
    }
  };

  more.onclick = () => void load();
  markAll.onclick = async () => {
    markAll.disabled = true;
    try {
      const answer = await api.mutate<{ markNoticesRead: { notices: { unreadCount: number } } }>(MarkNoticesRead, { input: { clientMutationId: crypto.randomUUID() } });
      for (const li of list.querySelectorAll('li.unread')) {
        li.className = 'read';
        li.querySelector('.tag')?.remove();
      }
      showUnread(answer.markNoticesRead.notices.unreadCount);
      status.replaceChildren(bi('Tous vos avis sont marqués comme lus.', 'All your notices are marked as read.'));
    } catch (e) {
      status.replaceChildren(errorLine(e));
    } finally {
      markAll.disabled = false;
    }
  };

  const page = await load();
  main.append(h('p', {}, markAll), status, list, more);
  if (page) {
    markAll.hidden = page.unreadCount === 0;
    showUnread(page.unreadCount);
    main.append(choiceForm(page.choice));
  } else {
    void refreshUnread();
  }
  return main;
}

/** « Par courriel » : saved as soon as a choice is ticked, the answer said beside it. */
function choiceForm(current: Choice): HTMLElement {
  const saved = h('p', { role: 'status', 'aria-live': 'polite' });
  const fieldset = h('fieldset', { id: 'notice-choice' },
    h('legend', {}, bi('Recevoir mes avis par courriel', 'Receive my notices by e-mail')),
    ...CHOICES.map(([value, fr, en]) => h('label', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'notice-choice', value, checked: value === current,
        onchange: async () => {
          saved.replaceChildren(bi('Enregistrement…', 'Saving…'));
          try {
            await api.mutate(SetNoticeChoice, { input: { clientMutationId: crypto.randomUUID(), choice: value } });
            saved.replaceChildren(bi(`Enregistré : ${fr.toLowerCase()}.`, `Saved: ${en.toLowerCase()}.`));
          } catch (e) {
            saved.replaceChildren(errorLine(e));
          }
        },
      }),
      ' ', bi(fr, en))),
    saved);
  fieldset.setAttribute('aria-label', plain('Recevoir mes avis par courriel', 'Receive my notices by e-mail'));
  return h('section', {}, fieldset);
}
