// The header's link to the notices screen, with the unread count: read once the screen is up, and again when the
// notices screen marks them read. No answer (offline) leaves the link without a count.

import { api } from './app';
import { h } from './dom';
import { bi, plain } from './i18n';

const link = h('a', { href: '#/avis', id: 'notices-link', class: 'link' });

/** The link, painted with the count last heard (none yet). */
export function noticesLink(): HTMLElement {
  return link;
}

/** Paints the count on the link in the page: a screen loaded on its own may hold another copy of this module. */
export function showUnread(count: number | null): void {
  (document.getElementById('notices-link') ?? link).replaceChildren(bi('Avis', 'Notices'), count ? h('span', { class: 'badge', 'aria-label': plain(`${count} non lus`, `${count} unread`) }, ` ${count}`) : '');
}

export async function refreshUnread(): Promise<void> {
  const data = await api.query<{ viewer: { notices: { unreadCount: number } } | null }>('NoticeCount').catch(() => null);
  showUnread(data?.viewer?.notices.unreadCount ?? null);
}

showUnread(null);
