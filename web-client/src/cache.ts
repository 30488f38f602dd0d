// What the screens last read from the server, per person, in IndexedDB: the app opens and shows a shipment with
// no network. A read-through copy only; nothing the person did lives here (that is the outbox's job).

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

interface CacheSchema extends DBSchema {
  reads: { key: string; value: unknown };
}

let db: Promise<IDBPDatabase<CacheSchema>> | null = null;

function open(): Promise<IDBPDatabase<CacheSchema>> {
  db ??= openDB<CacheSchema>('cooperation-reads', 1, { upgrade: (d) => void d.createObjectStore('reads') });
  return db;
}

export async function cached<T>(person: string, key: string): Promise<T | undefined> {
  return (await (await open()).get('reads', `${person}|${key}`)) as T | undefined;
}

/** Every read kept for this person, gone: at sign-out, so that the next person on the phone cannot read them. */
export async function forget(person: string): Promise<void> {
  // Keys are "person|key"; '|' + 1 is '}', so this range holds exactly this person's keys.
  await (await open()).delete('reads', IDBKeyRange.bound(`${person}|`, `${person}}`, false, true));
}

export async function remember(person: string, key: string, value: unknown): Promise<void> {
  await (await open()).put('reads', value, `${person}|${key}`);
}

/**
 * Online: the server's answer, kept for later. Offline or refused for want of network: the last answer kept.
 * Other errors (access refused…) go up to the screen.
 */
export async function readThrough<T>(person: string, key: string, read: () => Promise<T>, isOffline: (e: unknown) => boolean): Promise<{ value: T | undefined; stale: boolean }> {
  try {
    const value = await read();
    await remember(person, key, value);
    return { value, stale: false };
  } catch (e) {
    if (!isOffline(e)) throw e;
    return { value: await cached<T>(person, key), stale: true };
  }
}
