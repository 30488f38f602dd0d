// What a person types in a report lives here from the first key press: a reload, a closed tab or a flat battery
// loses nothing, with or without network. The outbox gets the text only when the person pauses or leaves the form,
// so a burst of typing is one queued edit, not a hundred. A draft goes once its submission is queued.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface ReportDraft {
  person: string;
  /** The report's global id, which the partnership and period fix before the server ever saw it. */
  reportId: string;
  activities: string;
  results: string;
  difficulties: string;
  nextSteps: string;
  indicators: DraftIndicator[];
  milestoneIds: string[];
  /** draftReport is queued (or the server had the report): what follows goes as editReport. */
  opened: boolean;
  /** The text differs from what was last queued: queue it at the next pause. */
  dirty: boolean;
  savedAt: number;
}

export interface DraftIndicator {
  code: string;
  title: string;
  unit: string;
  baseline: string;
  target: string;
  actual: string;
  source: string;
  /** A computed indicator: its value is counted by the server, never typed. */
  fact: string | null;
}

interface DraftSchema extends DBSchema {
  reports: { key: [string, string]; value: ReportDraft };
}

const STRICT = { durability: 'strict' } as const;

export type DraftDb = IDBPDatabase<DraftSchema>;

/** A database of its own, so that drafts never wait on (or migrate with) the outbox's. */
export function openDraftDb(name = 'cooperation-drafts'): Promise<DraftDb> {
  return openDB<DraftSchema>(name, 1, { upgrade: (db) => void db.createObjectStore('reports', { keyPath: ['person', 'reportId'] }) });
}

/** One person's drafts: a second person on the same phone sees none of them. */
export class Drafts {
  constructor(
    private readonly _db: DraftDb,
    readonly person: string,
  ) {}

  get(reportId: string): Promise<ReportDraft | undefined> {
    return this._db.get('reports', [this.person, reportId]);
  }

  /** Resolves once the text is on disk. */
  async save(draft: Omit<ReportDraft, 'person' | 'savedAt'>): Promise<void> {
    const tx = this._db.transaction('reports', 'readwrite', STRICT);
    await tx.store.put({ ...draft, person: this.person, savedAt: Date.now() });
    await tx.done;
  }

  async remove(reportId: string): Promise<void> {
    const tx = this._db.transaction('reports', 'readwrite', STRICT);
    await tx.store.delete([this.person, reportId]);
    await tx.done;
  }
}
