// A verdict waiting on the phone is changed in place, never doubled by a second action the server would take for a
// dispute; « Tout reçu » can be taken back until it leaves; neither can change while a round trip carries it.
import { describe, expect, it } from 'vitest';
import { Outbox, openOutboxDb } from '../outbox';
import { Replica } from './replica';
import { giveVerdict, withdraw } from './verdicts';
import type { Shipment } from './shipment-changes';
import { Store, openStoreDb } from './store';
import { syncPartnership } from '../sync';
import { TestServer } from '../test-server';

let dbCount = 0;
const person = 'fatou.ndiaye@education.sn.example';
async function replicaFor(): Promise<Replica> {
  const outbox = new Outbox(await openOutboxDb(`verdicts-outbox-${++dbCount}`), person);
  return new Replica(outbox, new Store(person, openStoreDb(`verdicts-store-${dbCount}`)));
}

const item = (id: string, verdict: string | null = null) =>
  ({ id, kind: 'LAPTOP', serialNumber: `SN-${id}`, destination: 'École de Ngor', verdict: verdict ? { verdict, reason: null } : null });
const shipment: Shipment = {
  id: 'S1', title: 'Envoi d’automne', status: 'IN_TRANSIT',
  boxes: [{ id: 'b1', label: 'Carton 1', items: [item('i1'), item('i2')] }, { id: 'b2', label: 'Carton 2', items: [item('i3', 'RECEIVED'), item('i4')] }],
};
const verdictsOf = async (replica: Replica) => [...(await replica.pendingShipment('gd', 'S1', shipment)).verdicts].sort();

describe('a pending verdict', () => {
  it('changed before it leaves: the same single action says the new verdict, under a new id', async () => {
    const replica = await replicaFor();
    expect(await giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'RECEIVED' })).toBe(true);
    const [first] = await replica.pending();
    expect(await giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'MISSING', reason: 'Absent du carton' })).toBe(true);

    const pending = await replica.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0].id).not.toBe(first.id);
    expect(pending[0].input.verdicts).toEqual([{ itemId: 'i1', verdict: 'MISSING', reason: 'Absent du carton' }]);
    expect(await verdictsOf(replica)).toEqual([['i1', 'MISSING']]);
  });

  it('given by a whole box’s line: the item’s own line joins that action, the rest of the box keeps its verdict', async () => {
    const replica = await replicaFor();
    await replica.queue('confirmShipmentItems', 'gd', { shipmentId: 'S1', verdicts: [{ boxId: 'b1', verdict: 'RECEIVED' }] });
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i2', verdict: 'DAMAGED', reason: 'Écran fêlé' });

    const pending = await replica.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0].input.verdicts).toEqual([{ boxId: 'b1', verdict: 'RECEIVED' }, { itemId: 'i2', verdict: 'DAMAGED', reason: 'Écran fêlé' }]);
    expect(await verdictsOf(replica)).toEqual([['i1', 'RECEIVED'], ['i2', 'DAMAGED']]);
  });

  it('given by « Tout reçu »: that action becomes one line per item it stood for, the corrected one included', async () => {
    const replica = await replicaFor();
    await replica.queue('receiveShipment', 'gd', { shipmentId: 'S1' });
    expect(await verdictsOf(replica)).toEqual([['i1', 'RECEIVED'], ['i2', 'RECEIVED'], ['i4', 'RECEIVED']]);
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i4', verdict: 'MISSING', reason: 'Jamais arrivé' });

    const pending = await replica.pending();
    expect(pending.map((a) => a.kind)).toEqual(['confirmShipmentItems']);
    // i3 was checked on the server already: not in the lines, so no « unchanged » notice comes back about it.
    expect(pending[0].input.verdicts).toEqual([
      { itemId: 'i1', verdict: 'RECEIVED' }, { itemId: 'i2', verdict: 'RECEIVED' }, { itemId: 'i4', verdict: 'MISSING', reason: 'Jamais arrivé' }]);
  });

  it('on its way in a round trip: changed once the round trip ends with no answer, never alongside it', async () => {
    const replica = await replicaFor();
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'RECEIVED' });
    const [action] = await replica.pending();
    const done = replica.outbox.sending([action.id]);

    const change = giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'MISSING', reason: 'Absent' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await replica.pending()).map((a) => a.id)).toEqual([action.id]);
    // The answer never came: the verdict waits again, and the change takes its place.
    done();
    expect(await change).toBe(true);
    expect(await verdictsOf(replica)).toEqual([['i1', 'MISSING']]);
  });

  it('acknowledged while the change waited for the round trip: refused, nothing queued that would be a dispute', async () => {
    const replica = await replicaFor();
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'RECEIVED' });
    const [action] = await replica.pending();
    const done = replica.outbox.sending([action.id]);

    const change = giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'MISSING', reason: 'Absent' });
    await replica.outbox.acknowledge([action.id]);
    done();
    expect(await change).toBe(false);
    expect(await replica.pending()).toHaveLength(0);
  });

  it('of an item with no verdict yet: a new action, the others untouched', async () => {
    const replica = await replicaFor();
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'RECEIVED' });
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i2', verdict: 'RECEIVED' });
    expect(await replica.pending()).toHaveLength(2);
  });
});

describe('« Tout reçu » taken back', () => {
  it('before it leaves: gone from the phone, nothing pending for the shipment', async () => {
    const replica = await replicaFor();
    const action = await replica.queue('receiveShipment', 'gd', { shipmentId: 'S1' });
    expect((await replica.pendingShipment('gd', 'S1', shipment)).allReceived?.id).toBe(action.id);

    expect(await withdraw(replica, action)).toBe(true);
    expect(await replica.outbox.pendingCount()).toBe(0);
    expect(await verdictsOf(replica)).toEqual([]);
  });

  it('while a round trip carries it: taken back once that round trip ends with no answer', async () => {
    const replica = await replicaFor();
    const action = await replica.queue('receiveShipment', 'gd', { shipmentId: 'S1' });
    const done = replica.outbox.sending([action.id]);
    const undo = withdraw(replica, action);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await replica.outbox.pendingCount()).toBe(1);
    done();
    expect(await undo).toBe(true);
    expect(await replica.outbox.pendingCount()).toBe(0);
  });

  it('once acknowledged: nothing to take back', async () => {
    const replica = await replicaFor();
    const action = await replica.queue('receiveShipment', 'gd', { shipmentId: 'S1' });
    await replica.outbox.acknowledge([action.id]);
    expect(await withdraw(replica, action)).toBe(false);
  });
});

describe('a verdict changed after its action reached the server, whose answer was lost', () => {
  const sync = (replica: Replica, server: TestServer) => syncPartnership({ outbox: replica.outbox, replica, api: server.api() }, 'gd');

  it('goes up as a correction of that action: the server keeps the new verdict, and records no dispute', async () => {
    const server = new TestServer();
    const replica = await replicaFor();
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'DAMAGED', reason: 'Écran fêlé' });
    const [first] = await replica.pending();
    server.loseNextAnswer = true;
    await expect(sync(replica, server)).rejects.toThrow();
    // Applied on the server; the phone never heard, and the agent sees the screen was fine after all.
    expect(server.itemVerdicts.get('S1/i1')).toEqual({ verdict: 'DAMAGED', action: first.id });

    expect(await giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'RECEIVED' })).toBe(true);
    const [changed] = await replica.pending();
    expect(changed.input.replaces).toEqual([first.id]);
    await sync(replica, server);

    expect(server.itemVerdicts.get('S1/i1')?.verdict).toBe('RECEIVED');
    expect(server.disputes).toEqual([]);
    expect(await replica.pending()).toEqual([]);
  });

  it('changed twice, still names the first: whichever of the two arrived, its verdict is corrected', async () => {
    const server = new TestServer();
    const replica = await replicaFor();
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i2', verdict: 'MISSING', reason: 'Absent' });
    const [first] = await replica.pending();
    server.loseNextAnswer = true;
    await expect(sync(replica, server)).rejects.toThrow();
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i2', verdict: 'DAMAGED', reason: 'Clavier cassé' });
    const [second] = await replica.pending();
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i2', verdict: 'RECEIVED' });
    await sync(replica, server);

    expect((await replica.pending())).toEqual([]);
    expect(server.batches.at(-1)!.actions).toHaveLength(1);
    expect(server.itemVerdicts.get('S1/i2')?.verdict).toBe('RECEIVED');
    expect(server.disputes).toEqual([]);
    expect(first.id).not.toBe(second.id);
  });

  it('sent as a plain new action instead, would be a dispute with oneself (what the correction avoids)', async () => {
    const server = new TestServer();
    const replica = await replicaFor();
    await giveVerdict(replica, 'gd', shipment, { itemId: 'i1', verdict: 'DAMAGED', reason: 'Écran fêlé' });
    await sync(replica, server);
    await replica.queue('confirmShipmentItems', 'gd', { shipmentId: 'S1', verdicts: [{ itemId: 'i1', verdict: 'RECEIVED' }] });
    await sync(replica, server);

    expect(server.itemVerdicts.get('S1/i1')?.verdict).toBe('DAMAGED');
    expect(server.disputes).toEqual(['S1/i1 RECEIVED']);
  });
});
