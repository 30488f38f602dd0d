// The replica's store: what the phone knows of the server, per person, in IndexedDB, so that the app opens and shows
// a shipment with no network. Records are the screens' reads and what the sync's change sets made of them; beside
// them, each partnership's sync cursor, which moves in the same transaction as the records its change set wrote, so
// that a crash never leaves a cursor ahead of the data. Nothing the person did lives here (that is the outbox's job).

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

interface StoreSchema extends DBSchema {
  /** Keyed « person|kind:id »: the kind names what the record is (shipment, packing, report, partnership…). */
  reads: { key: string; value: unknown };
  /** Keyed « person|partnership »: where the partnership's last change set ended. */
  cursors: { key: string; value: string };
}

export type StoreDb = IDBPDatabase<StoreSchema>;

/** The name of version 1, which held reads only: a phone upgrading keeps what it had read, and syncs from scratch. */
const DB_NAME = 'cooperation-reads';

export function openStoreDb(name = DB_NAME): Promise<StoreDb> {
  return openDB<StoreSchema>(name, 2, {
    upgrade(db, from) {
      if (from < 1) db.createObjectStore('reads');
      db.createObjectStore('cursors');
    },
  });
}

let shared: Promise<StoreDb> | null = null;
/** The app's one connection, opened when first needed. */
export function storeDb(): Promise<StoreDb> {
  shared ??= openStoreDb();
  return shared;
}

const keyOf = (person: string, key: string) => `${person}|${key}`;

/** The records a change set writes, by key; undefined leaves a record as it was. */
export type Writes = Map<string, unknown>;

/** One person's records and cursors. */
export class Store {
  /**
   * Per record, how many change sets wrote it since the store opened here: a screen's read that started before a sync
   * wrote the record must not put back what the server said before it (a packing list « introuvable » over the one
   * the sync just kept).
   */
  private readonly _synced = new Map<string, number>();

  /** `db`: the app's connection by default, opened at the first read, not before (the home screen needs none). */
  constructor(
    readonly person: string,
    private _opened?: Promise<StoreDb>,
  ) {}

  private get _db(): Promise<StoreDb> {
    this._opened ??= storeDb();
    return this._opened;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await (await this._db).get('reads', keyOf(this.person, key))) as T | undefined;
  }

  async put(key: string, value: unknown): Promise<void> {
    await (await this._db).put('reads', value, keyOf(this.person, key));
  }

  async cursor(partnershipId: string): Promise<string | undefined> {
    return (await this._db).get('cursors', keyOf(this.person, partnershipId));
  }

  /**
   * A change set's records and the cursor after it, in one strict transaction: both on disk, or neither. `change` reads
   * the records it needs inside the transaction (a shipment's differences apply to the version the phone has).
   */
  async commit(partnershipId: string, cursor: string, keys: readonly string[], change: (known: Map<string, unknown>) => Writes): Promise<Writes> {
    const tx = (await this._db).transaction(['reads', 'cursors'], 'readwrite', { durability: 'strict' });
    const reads = tx.objectStore('reads');
    try {
      const known = new Map<string, unknown>();
      for (const key of keys) known.set(key, await reads.get(keyOf(this.person, key)));
      const writes = change(known);
      for (const key of writes.keys()) this._synced.set(key, (this._synced.get(key) ?? 0) + 1);
      for (const [key, value] of writes) await reads.put(value, keyOf(this.person, key));
      await tx.objectStore('cursors').put(cursor, keyOf(this.person, partnershipId));
      await tx.done;
      return writes;
    } catch (e) {
      // Left alone, a transaction commits what it did so far: a record without its cursor, or half a change set.
      tx.abort();
      await tx.done.catch(() => {});
      throw e;
    }
  }

  /** Everything kept for this person, gone: at sign-out, so that the next person on the phone cannot read it. */
  async forget(): Promise<void> {
    // Keys are "person|key"; '|' + 1 is '}', so this range holds exactly this person's keys.
    const range = IDBKeyRange.bound(`${this.person}|`, `${this.person}}`, false, true);
    const tx = (await this._db).transaction(['reads', 'cursors'], 'readwrite');
    await Promise.all([tx.objectStore('reads').delete(range), tx.objectStore('cursors').delete(range), tx.done]);
  }

  /**
   * Online: the server's answer, kept for later. Offline or refused for want of network: the last answer kept.
   * Other errors (access refused…) go up to the screen. A sync that wrote the record while the server was answering
   * wins: its record goes with its cursor, and the screen is given that one.
   */
  async readThrough<T>(key: string, read: () => Promise<T>, isOffline: (e: unknown) => boolean): Promise<{ value: T | undefined; stale: boolean }> {
    const before = this._synced.get(key) ?? 0;
    let value: T;
    try {
      value = await read();
    } catch (e) {
      if (!isOffline(e)) throw e;
      return { value: await this.get<T>(key), stale: true };
    }
    const tx = (await this._db).transaction('reads', 'readwrite');
    // Once this read is answered, every commit begun before it has run (IndexedDB orders overlapping transactions).
    const kept = (await tx.store.get(keyOf(this.person, key))) as T | undefined;
    const synced = (this._synced.get(key) ?? 0) !== before;
    if (!synced) await tx.store.put(value, keyOf(this.person, key));
    await tx.done;
    return { value: synced ? kept ?? value : value, stale: false };
  }
}
