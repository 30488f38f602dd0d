// What the server said about a person's actions (a verdict kept as a dispute, an item already reported…), kept on
// the phone per person until they dismiss it: a reload or a closed tab must not swallow it before it was read.
// A database of its own beside the outbox's, so that neither's schema version waits for the other.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Notice } from './sync';

export interface KeptNotice {
  person: string;
  /** The action the notice is about, and its kind, to say what it was. */
  actionId: string;
  kind: string;
  itemId: string;
  outcome: string;
  message: string;
  at: number;
}

interface NoticeSchema extends DBSchema {
  notices: { key: [string, string, string]; value: KeptNotice; indexes: { byPerson: [string, number] } };
}

export type NoticeDb = IDBPDatabase<NoticeSchema>;

export function openNoticeDb(name = 'cooperation-notices'): Promise<NoticeDb> {
  return openDB<NoticeSchema>(name, 1, {
    upgrade(db) {
      // One per action and item: the same answer heard twice is one notice.
      const notices = db.createObjectStore('notices', { keyPath: ['person', 'actionId', 'itemId'] });
      notices.createIndex('byPerson', ['person', 'at']);
    },
  });
}

/** One person's notices on this phone. */
export class NoticeStore {
  /** `db` may still be opening, as the outbox's. */
  constructor(
    private readonly _db: NoticeDb | Promise<NoticeDb>,
    readonly person: string,
  ) {}

  async add(action: { id: string; kind: string }, notices: readonly Notice[]): Promise<void> {
    const tx = (await this._db).transaction('notices', 'readwrite', { durability: 'strict' });
    const at = Date.now();
    for (const n of notices) {
      await tx.store.put({ person: this.person, actionId: action.id, kind: action.kind, itemId: n.itemId, outcome: n.outcome, message: n.message, at });
    }
    await tx.done;
  }

  /** Oldest first, as they came. */
  async list(): Promise<KeptNotice[]> {
    return (await this._db).getAllFromIndex('notices', 'byPerson', IDBKeyRange.bound([this.person, 0], [this.person, Infinity]));
  }

  /** The person read it: gone for good. */
  async dismiss(notice: Pick<KeptNotice, 'actionId' | 'itemId'>): Promise<void> {
    await (await this._db).delete('notices', [this.person, notice.actionId, notice.itemId]);
  }
}
