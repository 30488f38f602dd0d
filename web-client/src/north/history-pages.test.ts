import { describe, expect, it } from 'vitest';
import { HistoryPages, type HistoryLine, type HistoryPage } from './history-pages';

/** A history of `count` lines, newest first (revision count … 1), served `size` at a time like the server's connection. */
function server(count: number, size = 20) {
  const all: HistoryLine[] = Array.from({ length: count }, (_, i) => ({
    revision: count - i, at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`, actor: 'Marc Girard',
    action: 'MilestoneProgressRecorded', subjectId: 'm-1', field: 'progress', oldValue: String(i), newValue: String(i + 1),
  }));
  const asked: (string | null)[] = [];
  let offline = false;
  const read = async (after: string | null): Promise<HistoryPage> => {
    asked.push(after);
    if (offline) throw new Error('offline');
    const start = after === null ? 0 : Number(after) + 1;
    const nodes = all.slice(start, start + size);
    const end = start + nodes.length - 1;
    return { totalCount: count, pageInfo: { hasNextPage: end < count - 1, endCursor: nodes.length ? String(end) : null }, nodes };
  };
  return { read, asked, setOffline: (value: boolean) => { offline = value; } };
}

describe('a history read a page at a time', () => {
  it('shows the newest page first, then adds each older page after it, in order', async () => {
    const s = server(45);
    const pages = new HistoryPages(s.read);
    await pages.next();
    expect(pages.lines.map((l) => l.revision)).toEqual(Array.from({ length: 20 }, (_, i) => 45 - i));
    expect(pages.hasMore).toBe(true);
    expect(pages.total).toBe(45);

    await pages.next();
    await pages.next();
    expect(pages.lines.map((l) => l.revision)).toEqual(Array.from({ length: 45 }, (_, i) => 45 - i));
    expect(s.asked).toEqual([null, '19', '39']);
  });

  it('stops at the end: no more button, and no further request', async () => {
    const s = server(40);
    const pages = new HistoryPages(s.read);
    await pages.next();
    await pages.next();
    expect(pages.hasMore).toBe(false);
    expect(await pages.next()).toEqual([]);
    expect(s.asked).toHaveLength(2);
    expect(pages.lines).toHaveLength(40);
  });

  it('ends at once for a history shorter than a page, or empty', async () => {
    const short = new HistoryPages(server(3).read);
    await short.next();
    expect([short.lines.length, short.hasMore]).toEqual([3, false]);

    const empty = new HistoryPages(server(0).read);
    await empty.next();
    expect([empty.lines.length, empty.hasMore, empty.total]).toEqual([0, false, 0]);
  });

  it('keeps the lines already read when a page cannot be read offline, and reads that same page once back online', async () => {
    const s = server(30);
    const pages = new HistoryPages(s.read);
    await pages.next();
    s.setOffline(true);
    await expect(pages.next()).rejects.toThrow('offline');
    expect(pages.lines).toHaveLength(20);
    expect(pages.hasMore).toBe(true);

    s.setOffline(false);
    await pages.next();
    expect(pages.lines.map((l) => l.revision)).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
    expect(s.asked).toEqual([null, '19', '19']);
  });
});
