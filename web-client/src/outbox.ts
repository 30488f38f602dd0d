// The outbox: every action a person takes is written here first, and leaves only when the server acknowledged
// that action's id (DESIGN §4 rule 1). Nothing expires. Records carry the person they belong to, so a second
// person signing in on the same phone neither sees nor sends the first one's queue, which waits for its owner.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** A mutation input as the server takes it alone; the sync batch carries the very same object. */
export type ActionInput = { clientMutationId: string } & Record<string, unknown>;

export interface ActionError {
  code: string;
  message: string;
  /** The server's own words when the message is ours (a batch refused whole), for whoever helps the person. */
  detail?: string;
}

export interface Action {
  /** The clientMutationId: the server remembers it, so a resend has one effect. */
  id: string;
  person: string;
  partnershipId: string;
  /** The mutation's name, which is also the action's field in the sync batch. */
  kind: string;
  input: ActionInput;
  createdAt: number;
  /** pending: still to send or resend. refused: the server said no; kept, with its message, until the person dismisses it. */
  state: 'pending' | 'refused';
  error?: ActionError;
  /** Insertion order, so actions go up in the order they were taken (an action may rely on an earlier one). */
  seq?: number;
}

/**
 * A photo waiting to be uploaded. announce → blocks → commit, then it leaves the outbox.
 * The blob is kept until the commit is acknowledged, so a drop at any step resumes instead of asking again.
 */
export interface Photo {
  uploadId: string;
  person: string;
  partnershipId: string;
  blob: Blob;
  contentType: string;
  size: number;
  sha256: string;
  /**
   * What the photo shows: a shipment item (South) or a report (North); or the application it is a piece of, or the
   * year of the ledger whose transaction it proves (North).
   */
  target: { shipmentId: string; itemId: string } | { reportId: string } | { applicationId: string } | { ledgerYear: number };
  step: 'announce' | 'blocks' | 'commit' | 'refused';
  /** Blocks the server confirmed or we sent since the last check; the server's missingBlocks is the truth after a drop. */
  sentBlocks: number[];
  /** A PUT of this photo went out and its answer never came: ask the server what arrived before sending again. */
  interrupted?: boolean;
  blockCount: number;
  createdAt: number;
  error?: ActionError;
}

interface CursorRecord {
  person: string;
  partnershipId: string;
  cursor: string;
}

interface OutboxSchema extends DBSchema {
  actions: { key: number; value: Action; indexes: { byPerson: [string, number]; byId: string } };
  photos: { key: string; value: Photo; indexes: { byPerson: [string, number] } };
  /** Where the cursors were kept before they moved to the replica, beside the records they cover; read no more. */
  cursors: { key: [string, string]; value: CursorRecord };
}

const DB_NAME = 'cooperation-outbox';
const DB_VERSION = 1;
/** strict: the write is on disk when the transaction completes, so "pending" on screen means "will not be lost". */
const STRICT = { durability: 'strict' } as const;

export type OutboxDb = IDBPDatabase<OutboxSchema>;

/** Opens (or creates) the outbox database; one per origin, shared by every person who signs in on this phone. */
export function openOutboxDb(name = DB_NAME): Promise<OutboxDb> {
  return openDB<OutboxSchema>(name, DB_VERSION, {
    upgrade(db) {
      const actions = db.createObjectStore('actions', { keyPath: 'seq', autoIncrement: true });
      actions.createIndex('byPerson', ['person', 'seq']);
      actions.createIndex('byId', 'id', { unique: true });
      const photos = db.createObjectStore('photos', { keyPath: 'uploadId' });
      photos.createIndex('byPerson', ['person', 'createdAt']);
      db.createObjectStore('cursors', { keyPath: ['person', 'partnershipId'] });
    },
  });
}

/** A fresh client mutation id; random so that two tabs or two phones never collide. */
export function newId(): string {
  return crypto.randomUUID();
}

/** One person's view of the outbox. */
export class Outbox {
  /** The ids a round trip is carrying now, each with the end of that round trip; in memory, since a reload ends them all. */
  private readonly _sending = new Map<string, Promise<void>>();

  /** `db` may still be opening: the screen that holds the outbox need not wait for it before it paints. */
  constructor(
    private readonly _db: OutboxDb | Promise<OutboxDb>,
    readonly person: string,
  ) {}

  /** Queues an action; resolves once it is durably stored (the screen may then show it as pending). */
  async add(kind: string, partnershipId: string, input: Omit<ActionInput, 'clientMutationId'> & { clientMutationId?: string }): Promise<Action> {
    const id = input.clientMutationId ?? newId();
    const action: Action = {
      id,
      person: this.person,
      partnershipId,
      kind,
      input: { ...input, clientMutationId: id },
      createdAt: Date.now(),
      state: 'pending',
    };
    const tx = (await this._db).transaction('actions', 'readwrite', STRICT);
    action.seq = await tx.store.add(action);
    await tx.done;
    return action;
  }

  /**
   * Queues an action that supersedes a pending one of the same kind (a report's edit while the person types): the
   * first pending match takes the new input in its place in the queue, under a new id, so that an older copy already
   * on the wire, applied under the old id, never makes the server take the new input for a repeat. No match: added.
   */
  async replace(kind: string, partnershipId: string, input: Omit<ActionInput, 'clientMutationId'>, matches: (input: ActionInput) => boolean): Promise<Action> {
    const tx = (await this._db).transaction('actions', 'readwrite', STRICT);
    const mine = await tx.store.index('byPerson').getAll(personRange(this.person, 0, Infinity));
    const old = mine.find((a) => a.state === 'pending' && a.kind === kind && a.partnershipId === partnershipId && matches(a.input));
    const id = newId();
    const action: Action = { ...(old ?? { person: this.person, partnershipId, kind, state: 'pending' as const }), id, input: { ...input, clientMutationId: id }, createdAt: Date.now() };
    action.seq = old ? await tx.store.put(action) : await tx.store.add(action);
    await tx.done;
    return action;
  }

  /**
   * A pending action the person changes before it leaves (a verdict corrected): in its place in the queue, as `kind`
   * with `input`, under a new id, as `replace` does. Null when it is no longer there to change: acknowledged, or on
   * its way in the round trip under way, whose answer decides it.
   */
  async swap(id: string, kind: string, input: Omit<ActionInput, 'clientMutationId'>): Promise<Action | null> {
    if (this._sending.has(id)) return null;
    const tx = (await this._db).transaction('actions', 'readwrite', STRICT);
    const old = await tx.store.index('byId').get(id);
    // Checked again inside the transaction: a round trip may have taken the action while it opened.
    if (!old || old.person !== this.person || old.state !== 'pending' || this._sending.has(id)) {
      await tx.done;
      return null;
    }
    const fresh = newId();
    const action: Action = { ...old, id: fresh, kind, input: { ...input, clientMutationId: fresh }, createdAt: Date.now() };
    await tx.store.put(action);
    await tx.done;
    return action;
  }

  /** A pending action the person takes back before it leaves (« Annuler »); false when it already left or is leaving. */
  async withdraw(id: string): Promise<boolean> {
    if (this._sending.has(id)) return false;
    let withdrawn = false;
    await this._updateActions([id], (a) => {
      if (a.state !== 'pending' || this._sending.has(id)) return a;
      withdrawn = true;
      return null;
    });
    return withdrawn;
  }

  /**
   * Marks actions as on their way (a round trip carries them) until the returned function is called: meanwhile they
   * can be neither changed nor taken back, since the server may be applying them as they were.
   */
  sending(ids: readonly string[]): () => void {
    let over!: () => void;
    const ended = new Promise<void>((resolve) => (over = resolve));
    for (const id of ids) this._sending.set(id, ended);
    return () => {
      for (const id of ids) this._sending.delete(id);
      over();
    };
  }

  /** Resolves once no round trip carries this action: then it is either acknowledged (gone) or waiting again. */
  async notSending(id: string): Promise<void> {
    while (this._sending.has(id)) await this._sending.get(id);
  }

  /** Whether the round trip under way carries this action. */
  isSending(id: string): boolean {
    return this._sending.has(id);
  }

  /** This person's actions in the order they were taken, pending and refused. */
  async actions(): Promise<Action[]> {
    return (await this._db).getAllFromIndex('actions', 'byPerson', personRange(this.person, 0, Infinity));
  }

  async pending(partnershipId?: string): Promise<Action[]> {
    return (await this.actions()).filter((a) => a.state === 'pending' && (!partnershipId || a.partnershipId === partnershipId));
  }

  async refused(): Promise<Action[]> {
    return (await this.actions()).filter((a) => a.state === 'refused');
  }

  /** Acknowledged by the server: the only way an action leaves without the person asking. */
  async acknowledge(ids: readonly string[]): Promise<void> {
    await this._updateActions(ids, () => null);
  }

  async refuse(id: string, error: ActionError): Promise<void> {
    await this._updateActions([id], (a) => ({ ...a, state: 'refused', error }));
  }

  /** The person read the refusal and lets it go: the one discard that is not silent. */
  async dismiss(id: string): Promise<void> {
    await this._updateActions([id], (a) => (a.state === 'refused' ? null : a));
  }

  async addPhoto(photo: Omit<Photo, 'person' | 'step' | 'sentBlocks' | 'createdAt'>): Promise<Photo> {
    const record: Photo = { ...photo, person: this.person, step: 'announce', sentBlocks: [], createdAt: Date.now() };
    const tx = (await this._db).transaction('photos', 'readwrite', STRICT);
    await tx.store.add(record);
    await tx.done;
    return record;
  }

  async photos(): Promise<Photo[]> {
    return (await this._db).getAllFromIndex('photos', 'byPerson', personRange(this.person, 0, Infinity));
  }

  /** Moves a photo along (announce → blocks → commit) or records a refusal; null removes it (commit acknowledged). */
  async updatePhoto(uploadId: string, change: (photo: Photo) => Photo | null): Promise<void> {
    const tx = (await this._db).transaction('photos', 'readwrite', STRICT);
    const photo = await tx.store.get(uploadId);
    if (photo && photo.person === this.person) {
      const next = change(photo);
      if (next) await tx.store.put(next);
      else await tx.store.delete(uploadId);
    }
    await tx.done;
  }

  /** How many things still have to reach the server: actions and photos, refused ones aside. */
  async pendingCount(): Promise<number> {
    const [pending, photos] = await Promise.all([this.pending(), this.photos()]);
    return pending.length + photos.filter((p) => p.step !== 'refused').length;
  }

  private async _updateActions(ids: readonly string[], change: (action: Action) => Action | null): Promise<void> {
    const tx = (await this._db).transaction('actions', 'readwrite', STRICT);
    const byId = tx.store.index('byId');
    for (const id of ids) {
      const action = await byId.get(id);
      if (!action || action.person !== this.person) continue;
      const next = change(action);
      if (next) await tx.store.put(next);
      else await tx.store.delete(action.seq!);
    }
    await tx.done;
  }
}

function personRange(person: string, from: number, to: number): IDBKeyRange {
  return IDBKeyRange.bound([person, from], [person, to]);
}
