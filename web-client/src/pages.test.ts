import { describe, expect, it } from 'vitest';
import { Pages, ShownPages, type Page } from './pages';

/** Threads of one annotation each, newest first (t{count} … t1), served `size` at a time like the server's connection. */
function server(count: number, size = 2) {
  let all = Array.from({ length: count }, (_, i) => ({ annotations: [`t${count - i}`] }));
  const asked: (string | null)[] = [];
  const read = async (after: string | null): Promise<Page<{ annotations: string[] }>> => {
    asked.push(after);
    const start = after === null ? 0 : all.findIndex((t) => t.annotations[0] === after) + 1;
    const nodes = all.slice(start, start + size);
    return {
      totalCount: all.length,
      pageInfo: { hasNextPage: start + nodes.length < all.length, endCursor: nodes.at(-1)?.annotations[0] ?? null },
      nodes,
    };
  };
  return {
    read, asked,
    /** A new thread, and a reply to thread n. */
    add: (reply: number) => {
      all = [{ annotations: [`t${all.length + 1}`] }, ...all.map((t) => (t.annotations[0] === `t${reply}` ? { annotations: [...t.annotations, 'reply'] } : t))];
    },
  };
}

describe('a list read again as far as it was shown', () => {
  it('reads as many pages as were shown, with what changed since, newest first', async () => {
    const s = server(5);
    const shown = new Pages(s.read);
    await shown.next();
    await shown.next();
    expect(shown.lines.map((t) => t.annotations[0])).toEqual(['t5', 't4', 't3', 't2']);

    s.add(2);
    const again = await Pages.again(s.read, shown.read);
    expect(again.lines.map((t) => t.annotations.join('+'))).toEqual(['t6', 't5', 't4', 't3']);
    expect([again.read, again.hasMore, again.total]).toEqual([2, true, 6]);
    await again.next();
    expect(again.lines.map((t) => t.annotations.join('+'))).toEqual(['t6', 't5', 't4', 't3', 't2+reply', 't1']);
  });

  it('reads one page when none was shown yet, and stops at the end of a short list', async () => {
    const none = await Pages.again(server(5).read, 0);
    expect(none.lines).toHaveLength(2);

    const s = server(3);
    const short = await Pages.again(s.read, 4);
    expect([short.lines.length, short.hasMore, short.read]).toEqual([3, false, 2]);
    expect(s.asked).toEqual([null, 't2']);
  });

  it('fails, keeping nothing, when a page cannot be read', async () => {
    const failing = async (after: string | null): Promise<Page<string>> => {
      if (after) throw new Error('offline');
      return { totalCount: 3, pageInfo: { hasNextPage: true, endCursor: 'a' }, nodes: ['a'] };
    };
    await expect(Pages.again(failing, 2)).rejects.toThrow('offline');
  });
});

describe('the pages a screen shows', () => {
  it('keeps the older page « Voir plus » asked for while a sync reads the list again', async () => {
    const s = server(5);
    const shown = new ShownPages(s.read);
    await shown.more();
    s.add(2);
    // The tap and the sync at the same moment, neither awaited before the other starts.
    await Promise.all([shown.more(), shown.again()]);
    expect(shown.lines.map((t) => t.annotations.join('+'))).toEqual(['t6', 't5', 't4', 't3']);
    expect(shown.hasMore).toBe(true);
  });

  it('goes on after a reading that failed, and a failed « Voir plus » keeps what was shown', async () => {
    let down = false;
    const s = server(5);
    const shown = new ShownPages((after: string | null) => (down ? Promise.reject(new Error('offline')) : s.read(after)));
    await shown.more();
    down = true;
    await expect(shown.more()).rejects.toThrow('offline');
    expect(shown.lines).toHaveLength(2);
    down = false;
    await shown.more();
    expect(shown.lines.map((t) => t.annotations[0])).toEqual(['t5', 't4', 't3', 't2']);
  });
});
