// A list read a page at a time, newest first (a history, a version's annotation threads): each page asked for starts
// where the last one ended (its cursor), and is added after what is already shown. A page that cannot be read (no
// network) changes nothing: what was read stays, and asking again reads the same page.

export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

export class Pages<T> {
  readonly lines: T[] = [];
  /** How many the whole list holds, as of the last page read (null: none read yet). */
  total: number | null = null;
  /** How many pages were read. */
  read = 0;
  private after: string | null = null;
  private ended = false;

  constructor(private readonly readPage: (after: string | null) => Promise<Page<T>>) {}

  /**
   * The same list read again from its newest page, as far as `pages` pages (at least one): what a screen that had
   * shown that many reads to show them as they are now. Throws if a page cannot be read.
   */
  static async again<T>(readPage: (after: string | null) => Promise<Page<T>>, pages: number): Promise<Pages<T>> {
    const fresh = new Pages(readPage);
    do await fresh.next();
    while (fresh.read < pages && fresh.hasMore);
    return fresh;
  }

  /** Whether older ones remain to be read (true before the first page). */
  get hasMore(): boolean {
    return !this.ended;
  }

  /** Reads the next page and adds it; nothing once the end is reached. Throws, changing nothing, if it fails. */
  async next(): Promise<T[]> {
    if (this.ended) return [];
    const page = await this.readPage(this.after);
    this.lines.push(...page.nodes);
    this.total = page.totalCount;
    this.after = page.pageInfo.endCursor;
    this.read++;
    // An empty page, or one without a cursor, cannot lead further: stop rather than ask for the same page forever.
    this.ended = !page.pageInfo.hasNextPage || page.nodes.length === 0 || page.pageInfo.endCursor === null;
    return page.nodes;
  }
}

/**
 * The pages a screen shows, read one reading at a time. « Voir plus » (`more`) and the reading again after a sync
 * (`again`), run side by side, would each put its own pages in place of the other's: the older ones just asked for
 * would go from the screen, and « Voir plus » would come back.
 */
export class ShownPages<T> {
  private pages: Pages<T>;
  private reading: Promise<unknown> = Promise.resolve();

  constructor(private readonly readPage: (after: string | null) => Promise<Page<T>>) {
    this.pages = new Pages(readPage);
  }

  get lines(): readonly T[] { return this.pages.lines; }
  get total(): number | null { return this.pages.total; }
  get hasMore(): boolean { return this.pages.hasMore; }

  /** The next older page, after any reading under way. Throws, changing nothing, if it cannot be read. */
  more(): Promise<T[]> {
    return this.inTurn(() => this.pages.next());
  }

  /** As many pages as are shown, read again as they are now. Throws, keeping what is shown, if one cannot be read. */
  again(): Promise<void> {
    return this.inTurn(async () => {
      this.pages = await Pages.again(this.readPage, this.pages.read);
    });
  }

  private inTurn<R>(work: () => Promise<R>): Promise<R> {
    const turn = this.reading.then(work);
    this.reading = turn.catch(() => undefined);
    return turn;
  }
}
