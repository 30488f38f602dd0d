// A history read a page at a time, newest first: each page asked for starts where the last one ended (its cursor),
// and is added after the lines already shown. A page that cannot be read (no network) changes nothing: the lines
// already read stay, and asking again reads the same page.

export interface HistoryLine {
  revision: number;
  at: string;
  actor: string;
  action: string;
  subjectId: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

export interface HistoryPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: HistoryLine[];
}

export class HistoryPages {
  readonly lines: HistoryLine[] = [];
  /** How many lines the whole history holds, as of the last page read (null: none read yet). */
  total: number | null = null;
  private after: string | null = null;
  private ended = false;

  constructor(private readonly read: (after: string | null) => Promise<HistoryPage>) {}

  /** Whether older lines remain to be read (true before the first page). */
  get hasMore(): boolean {
    return !this.ended;
  }

  /** Reads the next page and adds its lines; nothing once the end is reached. Throws, changing nothing, if it fails. */
  async next(): Promise<HistoryLine[]> {
    if (this.ended) return [];
    const page = await this.read(this.after);
    this.lines.push(...page.nodes);
    this.total = page.totalCount;
    this.after = page.pageInfo.endCursor;
    // An empty page, or one without a cursor, cannot lead further: stop rather than ask for the same page forever.
    this.ended = !page.pageInfo.hasNextPage || page.nodes.length === 0 || page.pageInfo.endCursor === null;
    return page.nodes;
  }
}
