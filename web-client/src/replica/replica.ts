// The offline copy on the phone, between the sync and the screens (store → protocol → replica → screens): what the
// server last said, record by record, and beside it what the person did that the server has not acknowledged yet.
// The sync hands every change set here, whichever screen is shown; screens read records and pending projections,
// watch the records they show, and read again when told. No screen writes a record or picks apart an outbox input.

import type { Action, Outbox } from '../outbox';
import { isKind, topicsOf, type ActionInputs, type Kind } from './actions';
import { packingOf, pendingReport, pendingShipment, preparedShipment, type PendingReport, type PendingShipment } from './pending';
import { applyChangeSet, keys, recordsOf, type ChangeSet, type PackingRecord } from './protocol';
import type { Shipment } from './shipment-changes';
import { Store } from './store';

type Listener = () => void;

/** Told once the change set of a partnership is in the copy, whatever it held. */
export const syncedIn = (partnershipId: string) => `changes:${partnershipId}`;

export class Replica {
  private readonly _listeners = new Map<string, Set<Listener>>();
  /** Listeners of the screen on show, dropped when another one replaces it. */
  private _screen: [string, Listener][] = [];

  constructor(
    readonly outbox: Outbox,
    readonly store: Store = new Store(outbox.person),
  ) {}

  get<T>(key: string): Promise<T | undefined> {
    return this.store.get<T>(key);
  }

  /** A screen's read of the server, kept as the record `key`; offline, the record as kept. */
  readThrough<T>(key: string, read: () => Promise<T>, isOffline: (e: unknown) => boolean): Promise<{ value: T | undefined; stale: boolean }> {
    return this.store.readThrough(key, read, isOffline);
  }

  cursor(partnershipId: string): Promise<string | undefined> {
    return this.store.cursor(partnershipId);
  }

  /**
   * A change set into the copy: its records and the cursor after it in one transaction, then the acknowledged actions
   * out of the outbox, then the screens told once — about the records it wrote, and about those of the actions the
   * round trip acknowledged or refused. In that order, a screen reading at any moment finds each action either
   * pending or in the copy, never neither (a packing list read as unknown) and never both (a verdict counted twice).
   * A shipment prepared here and acknowledged keeps its packing list as it was projected: that is what the server
   * holds.
   */
  async apply(partnershipId: string, changes: ChangeSet, acknowledged: readonly Action[] = [], refused: readonly Action[] = []): Promise<void> {
    const prepared = await Promise.all(acknowledged.filter((a) => isKind(a, 'prepareShipment')).map(packingOf));
    const seeds = new Map(prepared.map((p) => [keys.packing(p.id), p]));
    const written = await this.store.commit(partnershipId, changes.cursor, [...recordsOf(partnershipId, changes), ...seeds.keys()], (known) => {
      for (const [key, packing] of seeds) if (known.get(key)) seeds.delete(key); else known.set(key, packing);
      return new Map([...seeds, ...applyChangeSet(partnershipId, changes, known)]);
    });
    // A crash before this line leaves the actions pending with the cursor past them: the next round trip sends them
    // again, the server applies each id once, and the copy already holds what they made.
    await this.outbox.acknowledge(acknowledged.map((a) => a.id));
    this.emit([...written.keys(), ...[...acknowledged, ...refused].flatMap(topicsOf), syncedIn(partnershipId)]);
  }

  /** This person's pending actions, in the order taken; of one partnership when given. */
  pending(partnershipId?: string): Promise<Action[]> {
    return this.outbox.pending(partnershipId);
  }

  /** What is pending for a shipment: verdicts item by item, the status asked for. */
  async pendingShipment(partnershipId: string, id: string, shipment?: Shipment): Promise<PendingShipment> {
    return pendingShipment(id, await this.pending(partnershipId), shipment);
  }

  /** A shipment prepared on this phone, as its packing list will be, until the server has it. */
  async preparedShipment(partnershipId: string, id: string): Promise<PackingRecord | undefined> {
    return preparedShipment(partnershipId, id, await this.pending(partnershipId));
  }

  /** What is pending for a report, and whether the server refused one of its actions. */
  async pendingReport(partnershipId: string, id: string): Promise<PendingReport> {
    return pendingReport(id, (await this.outbox.actions()).filter((a) => a.partnershipId === partnershipId));
  }

  /** Queues an action (durably), and tells the screens showing what it is about. */
  async queue<K extends Kind>(kind: K, partnershipId: string, input: ActionInputs[K]): Promise<Action> {
    const action = await this.outbox.add(kind, partnershipId, input as Record<string, unknown>);
    this.emit(topicsOf(action));
    return action;
  }

  /** Queues an action in place of a pending one of the same kind that `matches` (a report's edit while typing). */
  async replace<K extends Kind>(kind: K, partnershipId: string, input: ActionInputs[K], matches: (input: ActionInputs[K]) => boolean): Promise<Action> {
    const action = await this.outbox.replace(kind, partnershipId, input as Record<string, unknown>, (i) => matches(i as unknown as ActionInputs[K]));
    this.emit(topicsOf(action));
    return action;
  }

  /** The person read the server's refusal and lets the action go: the screens showing what it was about are told. */
  async dismiss(action: Action): Promise<void> {
    await this.outbox.dismiss(action.id);
    this.emit(topicsOf(action));
  }

  /** Calls `listener` whenever one of `topics` (record keys) changes, for as long as the current screen is shown. */
  watch(topics: readonly string[], listener: Listener): void {
    for (const topic of topics) {
      this._screen.push([topic, listener]);
      this.on(topic, listener);
    }
  }

  /** Calls `listener` whenever `topic` changes, until the returned function is called. */
  on(topic: string, listener: Listener): () => void {
    const set = this._listeners.get(topic) ?? new Set();
    set.add(listener);
    this._listeners.set(topic, set);
    return () => void set.delete(listener);
  }

  /** Another screen replaces the one on show: its listeners go. */
  leaveScreen(): void {
    for (const [topic, listener] of this._screen) this._listeners.get(topic)?.delete(listener);
    this._screen = [];
  }

  /** Each listener once, however many of its topics changed. */
  emit(topics: Iterable<string>): void {
    const called = new Set<Listener>();
    for (const topic of topics) for (const listener of this._listeners.get(topic) ?? []) called.add(listener);
    for (const listener of called) listener();
  }
}
