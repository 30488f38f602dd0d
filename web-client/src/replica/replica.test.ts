import { describe, expect, it } from 'vitest';
import { Outbox, openOutboxDb } from '../outbox';
import { syncPartnership } from '../sync';
import { TestServer } from '../test-server';
import { preparedIn } from './actions';
import { shipmentId } from './ids';
import { keys, type PackingRecord, type PartnershipRecord } from './protocol';
import { Replica } from './replica';
import type { Shipment, ShipmentChange } from './shipment-changes';
import { Store, openStoreDb } from './store';

let dbCount = 0;
const person = 'marc.girard@besancon.example';
async function replicaFor(): Promise<Replica> {
  const outbox = new Outbox(await openOutboxDb(`replica-outbox-${++dbCount}`), person);
  return new Replica(outbox, new Store(person, openStoreDb(`replica-store-${dbCount}`)));
}
const sync = (replica: Replica, server: TestServer) => syncPartnership({ outbox: replica.outbox, replica, api: server.api() }, 'gd');

/** A shipment of one box prepared on the phone, not synced yet; returns the id the server will give it. */
async function prepared(replica: Replica): Promise<string> {
  const action = await replica.queue('prepareShipment', 'gd', {
    clientMutationId: 'p1', partnershipId: 'gd', title: 'Envoi de printemps',
    boxes: [{ label: 'Carton 1', items: [{ kind: 'LAPTOP', serialNumber: 'PC-1', destination: 'Ngor', refurbishment: { dataWiped: true, tested: true, grade: 'A', systemInstalled: null } }] }],
  });
  return shipmentId('gd', action.id);
}

const item = (id: string, verdict: string | null = null) =>
  ({ id, kind: 'LAPTOP', serialNumber: `SN-${id}`, destination: 'École de Ngor', verdict: verdict ? { verdict, reason: null } : null });
const shipment: Shipment = {
  id: 'S1', title: 'Envoi d’automne', status: 'PREPARED',
  boxes: [{ id: 'b1', label: 'Carton 1', items: [item('i1'), item('i2')] }, { id: 'b2', label: 'Carton 2', items: [item('i3', 'RECEIVED')] }],
};
const packing: PackingRecord = {
  id: 'S1', title: 'Envoi d’automne', status: 'PREPARED',
  boxes: [{ id: 'b1', label: 'Carton 1', items: [{ id: 'i1', kind: 'LAPTOP', serialNumber: 'SN-i1', destination: 'Ngor', refurbishment: { grade: 'B' } }] }],
};
/** Another device moved S1 along: the change set says so by difference. */
const moved = (status: string): ShipmentChange =>
  ({ fromVersion: 3, shipment: { id: 'S1', status }, title: null, boxes: [], items: [], changedItems: [] });

describe('replica', () => {
  it('takes a change for a screen not on show: the packing list is in transit once synced, whichever screen listened', async () => {
    const replica = await replicaFor();
    await replica.store.put(keys.packing('S1'), packing);
    await replica.store.put(keys.partnership('gd'), { milestones: [], reports: [], shipments: [{ id: 'S1', status: 'PREPARED' }] });
    const told: string[] = [];
    replica.watch([keys.partnership('gd')], () => told.push('partnership')); // the screen on show is the partnership's
    const server = new TestServer();
    server.changes = { shipmentChanges: [moved('IN_TRANSIT')] };

    await sync(replica, server);

    expect((await replica.get<PackingRecord>(keys.packing('S1')))?.status).toBe('IN_TRANSIT');
    expect((await replica.get<PartnershipRecord>(keys.partnership('gd')))?.shipments[0].status).toBe('IN_TRANSIT');
    expect(told).toEqual(['partnership']);
    expect(await replica.cursor('gd')).toBe('c1');
  });

  it('leaves the screens alone when a change set holds nothing of what they show (a form being filled in stays)', async () => {
    const replica = await replicaFor();
    await replica.store.put(keys.partnership('gd'), { milestones: [], reports: [], shipments: [] });
    const told: string[] = [];
    replica.watch([keys.partnership('gd')], () => told.push('partnership'));

    await sync(replica, new TestServer());

    expect(told).toEqual([]);
    expect(await replica.cursor('gd')).toBe('c1');
  });

  it('moves the cursor with the records or not at all: a change set that cannot be stored leaves both as they were', async () => {
    const replica = await replicaFor();
    await replica.store.put(keys.packing('S1'), packing);
    await replica.store.commit('gd', 'c1', [], () => new Map());

    // The second record cannot be stored (a function cannot be cloned): the first one and the cursor must not be either.
    const failing = replica.store.commit('gd', 'c2', [keys.packing('S1')], (known) =>
      new Map<string, unknown>([[keys.packing('S1'), { ...(known.get(keys.packing('S1')) as PackingRecord), status: 'ARRIVED' }], ['broken', () => 0]]));

    await expect(failing).rejects.toThrow();
    expect((await replica.get<PackingRecord>(keys.packing('S1')))?.status).toBe('PREPARED');
    expect(await replica.cursor('gd')).toBe('c1');
  });

  it('projects pending actions per shipment, typed: verdicts item by item, a box standing for its items, the status asked for', async () => {
    const replica = await replicaFor();
    await replica.queue('confirmShipmentItems', 'gd', { shipmentId: 'S1', verdicts: [{ boxId: 'b1', verdict: 'RECEIVED' }] });
    await replica.queue('confirmShipmentItems', 'gd', { shipmentId: 'S2', verdicts: [{ itemId: 'i1', verdict: 'MISSING', reason: 'absent' }] });
    await replica.queue('advanceShipment', 'gd', { shipmentId: 'S1', status: 'IN_TRANSIT' });

    const pending = await replica.pendingShipment('gd', 'S1', shipment);

    expect([...pending.verdicts]).toEqual([['i1', 'RECEIVED'], ['i2', 'RECEIVED']]);
    expect(pending.status).toBe('IN_TRANSIT');
    // « Tout reçu » stands for the items not yet checked.
    const all = await replicaFor();
    await all.queue('receiveShipment', 'gd', { shipmentId: 'S1' });
    expect([...(await all.pendingShipment('gd', 'S1', shipment)).verdicts.keys()]).toEqual(['i1', 'i2']);
  });

  it('tells the screen watching a shipment when its action is queued and when the sync settles it, and no other screen', async () => {
    const replica = await replicaFor();
    await replica.store.put(keys.packing('S1'), packing);
    const told: string[] = [];
    replica.watch([keys.packing('S1')], () => told.push('S1'));
    replica.watch([keys.packing('S2')], () => told.push('S2'));
    const server = new TestServer();
    server.changes = { shipmentChanges: [moved('IN_TRANSIT')] };

    await replica.queue('advanceShipment', 'gd', { shipmentId: 'S1', status: 'IN_TRANSIT' });
    expect(told).toEqual(['S1']);
    await sync(replica, server);

    // Once per sync however many of its topics changed; the pending status gave way to the server's.
    expect(told).toEqual(['S1', 'S1']);
    expect((await replica.pendingShipment('gd', 'S1')).status).toBeUndefined();
    expect((await replica.get<PackingRecord>(keys.packing('S1')))?.status).toBe('IN_TRANSIT');

    replica.leaveScreen();
    const lasting: string[] = [];
    replica.on(keys.packing('S1'), () => lasting.push('S1'));
    replica.leaveScreen();
    await replica.queue('advanceShipment', 'gd', { shipmentId: 'S1', status: 'ARRIVED' });
    expect(told).toHaveLength(2);
    expect(lasting).toEqual(['S1']);
  });

  it('shows a shipment prepared on the phone before any sync, and keeps its packing list once the server has it', async () => {
    const replica = await replicaFor();
    const id = await prepared(replica);
    expect((await replica.preparedShipment('gd', id))?.boxes[0].items[0]).toMatchObject({ id: 'i1', serialNumber: 'PC-1' });

    const server = new TestServer();
    server.changes = { shipmentChanges: [{ ...moved('SHIPPED'), shipment: { id, status: 'SHIPPED' } }] };
    await sync(replica, server);

    expect(await replica.preparedShipment('gd', id)).toBeUndefined();
    expect(await replica.get<PackingRecord>(keys.packing(id))).toMatchObject({ title: 'Envoi de printemps', status: 'SHIPPED' });
  });

  it('keeps a synced preparation either pending or in the copy at every step, and tells the screens once it is only in the copy', async () => {
    const replica = await replicaFor();
    const id = await prepared(replica);
    /** Where a screen reading now finds the preparation. */
    const where = async () => {
      const pending = (await replica.preparedShipment('gd', id)) !== undefined;
      const kept = (await replica.get(keys.packing(id))) !== undefined;
      return pending && kept ? 'both' : pending ? 'pending' : kept ? 'copy' : 'neither';
    };
    // After each write of the outbox or the copy, and at each time the screens are told (the outbox's next write
    // waits for what the screen read then).
    const steps: string[] = [];
    const told: Promise<void>[] = [];
    const { outbox, store } = replica;
    const acknowledge = outbox.acknowledge.bind(outbox);
    outbox.acknowledge = async (ids) => {
      await Promise.all(told);
      await acknowledge(ids);
      steps.push(`outbox: ${await where()}`);
    };
    const commit = store.commit.bind(store);
    store.commit = async (...args) => {
      const written = await commit(...args);
      steps.push(`copy: ${await where()}`);
      return written;
    };
    replica.watch([keys.packing(id), preparedIn('gd')], () => void told.push(where().then((w) => void steps.push(`told: ${w}`))));

    await sync(replica, new TestServer());
    await Promise.all(told);

    // Never neither (the packing list read as unknown); never both when the screens are told (pending and synced).
    expect(steps).toEqual(['copy: both', 'outbox: copy', 'told: copy']);
  });

  it('says a report is pending from its creation to its acknowledgement, then nothing', async () => {
    const replica = await replicaFor();
    const { reportId } = await import('./ids');
    const id = reportId('gd', '2040-01-01', '2040-06-30');
    const content = { activities: 'Formation', results: '', difficulties: '', nextSteps: '', indicators: [], milestoneIds: [] };
    const told: string[] = [];
    replica.watch([keys.report(id)], () => told.push('report'));
    await replica.queue('draftReport', 'gd', { partnershipId: 'gd', periodStart: '2040-01-01', periodEnd: '2040-06-30', ...content });
    await replica.replace('editReport', 'gd', { reportId: id, ...content, results: 'Trente' }, (input) => input.reportId === id);

    expect(await replica.pendingReport('gd', id)).toEqual({ drafted: true, edited: true, submitted: false, refused: false });
    await sync(replica, new TestServer());
    expect(await replica.pendingReport('gd', id)).toEqual({ drafted: false, edited: false, submitted: false, refused: false });
    expect(told).toEqual(['report', 'report', 'report']);

    // Refused: not pending any more, and not sent either; the screen is told.
    const server = new TestServer();
    const edit = await replica.replace('editReport', 'gd', { reportId: id, ...content, results: '' }, (input) => input.reportId === id);
    server.fates.set(edit.id, { code: 'VALIDATION', message: 'Refusé. / Refused.', retry: false });
    await sync(replica, server);
    expect(await replica.pendingReport('gd', id)).toEqual({ drafted: false, edited: false, submitted: false, refused: true });
    expect(told).toHaveLength(5);
  });
});
