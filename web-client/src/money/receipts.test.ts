import { describe, expect, it } from 'vitest';
import { Outbox, openOutboxDb } from '../outbox';
import { keys } from '../replica/protocol';
import { Replica } from '../replica/replica';
import { Store, openStoreDb } from '../replica/store';
import { syncPartnership } from '../sync';
import { TestServer } from '../test-server';
import { budgetTopics, pendingReceipts } from './receipts';

let dbCount = 0;
const person = 'koffi.adjovi@plateau.example';
async function replicaFor(): Promise<Replica> {
  const outbox = new Outbox(await openOutboxDb(`receipts-outbox-${++dbCount}`), person);
  return new Replica(outbox, new Store(person, openStoreDb(`receipts-store-${dbCount}`)));
}
const sync = (replica: Replica, server: TestServer) => syncPartnership({ outbox: replica.outbox, replica, api: server.api() }, 'gd');

interface Kept { name: string; money: { year: number; version: number; transactions: { id: string; receipt: { received: boolean } | null }[] } }
const ledger = (version: number, receipt: { received: boolean } | null = null) =>
  ({ year: 2026, version, totals: {}, transactions: [{ id: 't1', receipt }] });
const KEY = keys.money('gd', 2026);

describe('the South’s receipt on the phone', () => {
  it('waits pending offline, goes up again under the same id when the answer is lost, is applied once, then shows as the server keeps it', async () => {
    const replica = await replicaFor();
    await replica.store.put(KEY, { name: 'Plateau', money: ledger(3) });
    const told: string[] = [];
    replica.watch(budgetTopics('gd', 2026), () => told.push('budget'));

    await replica.queue('confirmFundsReceived', 'gd', { partnershipId: 'gd', year: 2026, transactionId: 't1', received: true });
    expect(pendingReceipts(await replica.pending('gd'), 2026)).toEqual(new Map([['t1', true]]));
    expect(pendingReceipts(await replica.pending('gd'), 2025).size).toBe(0);
    expect(told).toEqual(['budget']);

    const server = new TestServer();
    server.loseNextAnswer = true;
    await expect(sync(replica, server)).rejects.toThrow();
    expect(pendingReceipts(await replica.pending('gd'), 2026).get('t1')).toBe(true);
    server.changes = { ledgers: [ledger(4, { received: true })] };
    await sync(replica, server);

    expect(server.batches.map((b) => b.actions.map((a) => a.kind))).toEqual([['confirmFundsReceived'], ['confirmFundsReceived']]);
    expect(server.batches[1].actions[0].id).toBe(server.batches[0].actions[0].id);
    expect([...server.effects.values()]).toEqual([1]);
    expect(pendingReceipts(await replica.pending('gd'), 2026).size).toBe(0);
    const kept = await replica.get<Kept>(KEY);
    expect(kept?.name).toBe('Plateau');
    expect(kept?.money.transactions[0].receipt).toEqual({ received: true });
    expect(told).toEqual(['budget', 'budget']);
  });

  it('lays the change set’s part of a ledger over the kept budget: transactions and totals as sent, the rest as last read', async () => {
    const replica = await replicaFor();
    await replica.store.put(KEY, {
      name: 'Plateau',
      money: { year: 2026, version: 3, hardware: { euros: 900 }, totals: { received: 0, byFunder: [{ funder: 'NORTH_AUTHORITY', received: 0 }] },
        transactions: [{ id: 't1', recordedBy: 'Sophie Bernard', receipt: null }] },
    });
    const server = new TestServer();
    server.changes = { ledgers: [{ year: 2026, version: 5, totals: { received: 3000 },
      transactions: [{ id: 't1', receipt: { received: true } }, { id: 't2', receipt: null }] }] };

    await sync(replica, server);

    expect((await replica.get(KEY))).toEqual({
      name: 'Plateau',
      money: { year: 2026, version: 5, hardware: { euros: 900 }, totals: { received: 3000, byFunder: [{ funder: 'NORTH_AUTHORITY', received: 0 }] },
        transactions: [{ id: 't1', receipt: { received: true } }, { id: 't2', receipt: null }] },
    });
  });

  it('keeps the screen’s newer read, and makes no budget the phone never opened', async () => {
    const replica = await replicaFor();
    await replica.store.put(KEY, { name: 'Plateau', money: ledger(5, { received: false }) });
    const told: string[] = [];
    replica.watch(budgetTopics('gd', 2026), () => told.push('budget'));
    const server = new TestServer();
    server.changes = { ledgers: [ledger(5), { ...ledger(1), year: 2025 }] };

    await sync(replica, server);

    expect((await replica.get<Kept>(KEY))?.money.transactions[0].receipt).toEqual({ received: false });
    expect(await replica.get(keys.money('gd', 2025))).toBeUndefined();
    expect(told).toEqual([]);
  });
});
