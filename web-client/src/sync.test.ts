import { describe, expect, it, vi } from 'vitest';
import { Api, ApiError } from './api';
import { Outbox, openOutboxDb } from './outbox';
import { BLOCK_SIZE, queuePhoto, runs } from './photos';
import { SyncScheduler, syncPartnership, PERIOD_MS } from './sync';
import { Replica } from './replica/replica';
import { Store, openStoreDb } from './replica/store';
import { TestServer, effectOf, ids } from './test-server';

let dbCount = 0;
const outboxFor = async (person = 'awa@example.sn') => new Outbox(await openOutboxDb(`sync-test-${++dbCount}`), person);
const replicas = new WeakMap<Outbox, Replica>();
/** The copy the sync writes into, one per outbox, on a database of its own. */
const replicaOf = (outbox: Outbox) => {
  if (!replicas.has(outbox)) replicas.set(outbox, new Replica(outbox, new Store(outbox.person, openStoreDb(`sync-replica-${++dbCount}`))));
  return replicas.get(outbox)!;
};
const verdict = (itemId: string, v = 'RECEIVED', reason?: string) => ({ shipmentId: 'S1', verdicts: [{ itemId, verdict: v, reason }] });

describe('sync', () => {
  it('removes acknowledged actions exactly once and sends them no more', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    for (const item of ['i1', 'i2']) await outbox.add('confirmShipmentItems', 'gd', verdict(item));

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    expect(server.batches.map((b) => b.actions.length)).toEqual([2, 0]);
    expect(await outbox.pendingCount()).toBe(0);
  });

  it('with nothing to send, reads the changes by GET (a URL that holds the cursor, so an unchanged answer can be a 304)', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    await outbox.add('confirmShipmentItems', 'gd', verdict('i1'));
    const replica = replicaOf(outbox);

    await syncPartnership({ outbox, replica, api: server.api() }, 'gd');
    const cursor = await replica.cursor('gd');
    await syncPartnership({ outbox, replica, api: server.api() }, 'gd');

    expect(server.requests).toEqual(['POST /graphql', 'GET /graphql']);
    expect(server.timeline).toEqual(['→ Sync', '← Sync', '→ Changes', '← Changes']);
    expect(server.batches.map((b) => b.since)).toEqual([null, cursor]);
    expect(await replica.cursor('gd')).not.toBe(cursor); // the GET's cursor is kept like a batch's
  });

  it('keeps a refused action with the server\'s message and does not let it block the others', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    const bad = await outbox.add('confirmShipmentItems', 'gd', verdict('i9', 'DAMAGED'));
    await outbox.add('confirmShipmentItems', 'gd', verdict('i2'));
    server.fates.set(bad.id, { code: 'VALIDATION', message: 'Raison obligatoire. / Reason required.', retry: false });

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    const refused = await outbox.refused();
    expect(refused.map((a) => a.id)).toEqual([bad.id]);
    expect(refused[0].error?.message).toBe('Raison obligatoire. / Reason required.');
    expect(server.batches[1].actions).toHaveLength(0); // a refusal is shown, not resent
  });

  it('sets apart the action the server names in a batch it refused whole, keeps it, and sends the rest', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    const ids = [];
    for (const item of ['i1', 'i2', 'i3', 'i4']) ids.push((await outbox.add('confirmShipmentItems', 'gd', verdict(item))).id);
    server.malformed.add(ids[2]);

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    expect(server.refusedBatches).toBe(1);
    expect(server.batches.map((b) => b.actions.map((a) => a.id))).toEqual([[ids[0], ids[1], ids[3]]]);
    const [apart] = await outbox.refused();
    expect(apart.id).toBe(ids[2]);
    expect(apart.error?.message).toMatch(/^Le serveur n’accepte plus cette action .* elle reste gardée sur ce téléphone jusqu’à ce que vous l’écartiez/);
    expect(apart.error?.detail).toContain('actions[2]');
    expect(await outbox.pendingCount()).toBe(0);
  });

  it('finds the bad action by halves when the refusal does not name it, without holding back the good ones', async () => {
    const server = new TestServer();
    server.namesMalformedAction = false;
    const outbox = await outboxFor();
    const ids = [];
    for (let n = 1; n <= 8; n++) ids.push((await outbox.add('confirmShipmentItems', 'gd', verdict(`i${n}`))).id);
    server.malformed.add(ids[5]);

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    expect((await outbox.refused()).map((a) => a.id)).toEqual([ids[5]]);
    expect(server.batches.flatMap((b) => b.actions.map((a) => a.id)).sort()).toEqual(ids.filter((_, i) => i !== 5).sort());
    expect([...server.effects.values()].every((n) => n === 1)).toBe(true);
    expect(server.refusedBatches).toBe(4); // all 8, then 5–8, 5–6, and 6 alone: log2(8) + 1
    expect(await outbox.pendingCount()).toBe(0);

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');
    expect(server.refusedBatches).toBe(4); // set apart: never sent again, so it blocks nothing
  });

  it('does not set actions apart when the batch itself is refused (a bad cursor), and keeps them pending', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    await outbox.add('confirmShipmentItems', 'gd', verdict('i1'));
    const api = server.api();
    const mutate = api.mutate.bind(api);
    api.mutate = (() => Promise.reject(new ApiError("Variable '$input.since' is invalid. Not a cursor", 400, 'INVALID_VALUE'))) as typeof api.mutate;

    await expect(syncPartnership({ outbox, replica: replicaOf(outbox), api }, 'gd')).rejects.toThrow();

    api.mutate = mutate;
    expect(await outbox.refused()).toHaveLength(0);
    expect(await outbox.pendingCount()).toBe(1);
  });

  it('keeps an action the server could not apply now and sends it again', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    const action = await outbox.add('confirmShipmentItems', 'gd', verdict('i1'));
    server.fates.set(action.id, { code: 'UNAVAILABLE', message: 'Réessayez. / Try again.', retry: true });

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');
    expect(await outbox.pendingCount()).toBe(1);
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    expect(server.batches.map((b) => b.actions.map((a) => a.id))).toEqual([[action.id], [action.id]]);
    expect(await outbox.pendingCount()).toBe(0);
  });

  it('replays the same batch after a lost answer, and the server applies it once', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    for (const item of ['i1', 'i2', 'i3']) await outbox.add('confirmShipmentItems', 'gd', verdict(item));
    server.loseNextAnswer = true;

    await expect(syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd')).rejects.toThrow();
    expect(await outbox.pendingCount()).toBe(3);
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    expect(server.batches[1].actions.map((a) => a.id)).toEqual(server.batches[0].actions.map((a) => a.id));
    expect([...server.effects.values()]).toEqual([1, 1, 1]);
    expect(await outbox.pendingCount()).toBe(0);
  });

  it('holds the actions of a round trip unchangeable while it is under way, and frees them when its answer is lost', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    const action = await outbox.add('confirmShipmentItems', 'gd', verdict('i1'));
    const seen: { sending: boolean; swapped: unknown; withdrawn: boolean }[] = [];
    const api = new Api({
      ids, tokens: { get: () => ({ accessToken: 'a1', refreshToken: 'r1' }), set: () => undefined },
      fetch: async (url, init) => {
        seen.push({ sending: outbox.isSending(action.id), swapped: await outbox.swap(action.id, action.kind, verdict('i1', 'MISSING', 'x')), withdrawn: await outbox.withdraw(action.id) });
        return server.fetch(url, init);
      },
    });
    server.loseNextAnswer = true;

    await expect(syncPartnership({ outbox, replica: replicaOf(outbox), api }, 'gd')).rejects.toThrow();
    expect(seen).toEqual([{ sending: true, swapped: null, withdrawn: false }]);
    // The server applied it, the phone never heard: it waits as it was, and can be changed again.
    expect((await outbox.pending()).map((a) => a.id)).toEqual([action.id]);
    expect(outbox.isSending(action.id)).toBe(false);
  });

  it('keeps the cursor per partnership and sends it back', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'other');

    expect(server.batches.map((b) => b.since)).toEqual([null, 'c1', null]);
  });

  it('sends text actions before a photo, then its blocks, the last PUT committing it', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    const photo = new Blob([new Uint8Array(BLOCK_SIZE * 2 + 100).fill(7)], { type: 'image/jpeg' });
    const uploadId = await queuePhoto(outbox, 'gd', photo, { shipmentId: 'S1', itemId: 'i3' });
    await outbox.add('confirmShipmentItems', 'gd', { shipmentId: 'S1', verdicts: [{ itemId: 'i3', verdict: 'DAMAGED', reason: 'écran fendu', photoId: uploadId }] });

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    // One sync, one PUT: no round trip for the commit.
    expect(server.batches.map((b) => b.actions.map((a) => a.kind))).toEqual([['confirmShipmentItems', 'announceUpload']]);
    expect(server.requests.filter((r) => r.startsWith('PUT'))).toHaveLength(1);
    expect([...server.blocks.get(uploadId)!.values()]).toEqual([BLOCK_SIZE, BLOCK_SIZE, 100]);
    expect(server.effects.get(effectOf('commitUpload', { uploadId }))).toBe(1);
    expect(await outbox.photos()).toHaveLength(0);
  });

  it('commits by the next sync when the server only staged the last blocks', async () => {
    const server = new TestServer();
    server.commitsOnPut = false;
    const outbox = await outboxFor();
    const uploadId = await queuePhoto(outbox, 'gd', new Blob([new Uint8Array(BLOCK_SIZE + 100)], { type: 'image/jpeg' }), { shipmentId: 'S1', itemId: 'i3' });

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    expect(server.batches.map((b) => b.actions.map((a) => a.kind))).toEqual([['announceUpload'], ['commitUpload']]);
    expect(server.effects.get(effectOf('commitUpload', { uploadId }))).toBe(1);
    expect(await outbox.photos()).toHaveLength(0);
  });

  it('commits a photo once when the answer to its committing PUT is lost', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    const uploadId = await queuePhoto(outbox, 'gd', new Blob([new Uint8Array(BLOCK_SIZE + 100)], { type: 'image/jpeg' }), { shipmentId: 'S1', itemId: 'i3' });
    server.loseCommitAnswer = true;

    await expect(syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd')).rejects.toThrow();
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    // The server had committed it: asked again, it says so, and the commit that follows is a repeat, not a second one.
    expect(server.effects.get(effectOf('commitUpload', { uploadId }))).toBe(1);
    expect(await outbox.photos()).toHaveLength(0);
  });

  it('sends a photo\'s blocks right behind the sync that announces it, before that sync\'s answer', async () => {
    const server = new TestServer();
    let answer!: () => void;
    server.answerGate = new Promise((resolve) => (answer = resolve));
    const outbox = await outboxFor();
    const uploadId = await queuePhoto(outbox, 'gd', new Blob([new Uint8Array(BLOCK_SIZE + 100)], { type: 'image/jpeg' }), { shipmentId: 'S1', itemId: 'i3' });
    await outbox.add('confirmShipmentItems', 'gd', verdict('i3', 'DAMAGED', 'écran fendu'));

    const sync = syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');
    await vi.waitFor(() => expect(server.timeline).toContain('→ PUT 0'));
    answer();
    await sync;

    // The link never waits for the answer: one sync, its photo's blocks (committing it) sent while it was on its way.
    expect(server.timeline).toEqual(['→ Sync', '→ PUT 0', '← Sync']);
    expect(server.effects.get(effectOf('commitUpload', { uploadId }))).toBe(1);
    expect(await outbox.photos()).toHaveLength(0);
    expect(await outbox.pendingCount()).toBe(0);
  });

  it('sends again, after the answer, blocks that outran their announcement, and commits the photo once', async () => {
    const server = new TestServer();
    let answer!: () => void;
    server.answerGate = new Promise((resolve) => (answer = resolve));
    server.appliesLate = true;
    const outbox = await outboxFor();
    const uploadId = await queuePhoto(outbox, 'gd', new Blob([new Uint8Array(BLOCK_SIZE * 2)], { type: 'image/jpeg' }), { shipmentId: 'S1', itemId: 'i3' });

    const sync = syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');
    await vi.waitFor(() => expect(server.timeline).toContain('→ PUT 0'));
    answer();
    await sync;

    // Refused as unknown before the announcement was taken, then sent again once: no second sync for the commit.
    expect(server.timeline).toEqual(['→ Sync', '→ PUT 0', '← Sync', '→ PUT 0']);
    expect(server.batches.map((b) => b.actions.map((a) => a.kind))).toEqual([['announceUpload']]);
    expect(server.effects.get(effectOf('commitUpload', { uploadId }))).toBe(1);
    expect(await outbox.photos()).toHaveLength(0);
  });

  it('groups the blocks to send into runs of consecutive ones, at most eight per request', () => {
    expect(runs([4, 0, 1, 2, 6, 7], 8)).toEqual([[0, 3], [4, 1], [6, 2]]);
    expect(runs([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 8)).toEqual([[0, 8], [8, 2]]);
    expect(runs([], 8)).toEqual([]);
  });

  it('resumes a photo after a drop by sending only the blocks the server lacks', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    const photo = new Blob([new Uint8Array(BLOCK_SIZE * 3)], { type: 'image/jpeg' });
    const uploadId = await queuePhoto(outbox, 'gd', photo, { shipmentId: 'S1', itemId: 'i3' });
    server.dropBlock = 1;

    await expect(syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd')).rejects.toThrow();
    expect((await outbox.photos())[0].interrupted).toBe(true);
    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    // One PUT for the whole photo, cut at block 1; then one PUT from block 1 on: block 0 is not sent again.
    const puts = server.requests.filter((r) => r.startsWith('PUT'));
    expect(puts.map((r) => r.split('/').pop())).toEqual(['0', '1']);
    expect(server.blocks.get(uploadId)!.size).toBe(3);
    expect(await outbox.photos()).toHaveLength(0);
  });

  it('sends nothing of the first person\'s queue when a second one syncs on the same phone', async () => {
    const server = new TestServer();
    const db = await openOutboxDb(`sync-test-${++dbCount}`);
    const awa = new Outbox(db, 'awa@example.sn');
    await awa.add('confirmShipmentItems', 'gd', verdict('i1'));

    const moussa = new Outbox(db, 'moussa@example.sn');
    await syncPartnership({ outbox: moussa, replica: replicaOf(moussa), api: server.api() }, 'gd');

    expect(server.batches[0].actions).toHaveLength(0);
    expect(await awa.pendingCount()).toBe(1);
  });

  it('refreshes an expired access token once and sends the batch again', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    await outbox.add('confirmShipmentItems', 'gd', verdict('i1'));
    server.accessToken = 'expired-for-a1';

    await syncPartnership({ outbox, replica: replicaOf(outbox), api: server.api() }, 'gd');

    expect(server.requests.filter((r) => r === 'POST /graphql')).toHaveLength(3); // refused, refresh, sent again
    expect(await outbox.pendingCount()).toBe(0);
  });
});

describe('sync scheduler', () => {
  it('never runs two syncs at once, and runs once more for what came during one', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    let inFlight = 0, most = 0;
    const scheduler = new SyncScheduler({
      outbox,
      replica: replicaOf(outbox),
      api: server.api(),
      partnerships: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return ['gd'];
      },
    });

    await Promise.all([scheduler.now(), scheduler.now(), scheduler.now()]);

    expect(most).toBe(1);
    expect(server.batches).toHaveLength(2); // the first, then one more for the taps made while it ran
  });

  it('syncs when the phone comes back online', async () => {
    const server = new TestServer();
    const outbox = await outboxFor();
    await outbox.add('confirmShipmentItems', 'gd', verdict('i1'));
    const events = new EventTarget();
    const scheduler = new SyncScheduler({ outbox, replica: replicaOf(outbox), api: server.api(), events, partnerships: async () => ['gd'], setTimer: () => 0, clearTimer: () => {} });
    scheduler.start();

    events.dispatchEvent(new Event('online'));

    await vi.waitFor(async () => expect(await outbox.pendingCount()).toBe(0));
    scheduler.stop();
    expect(server.batches).toHaveLength(1);
  });

  it('backs off with full jitter after failures and returns to the period after a success', () => {
    expect(SyncScheduler.delay(0, () => 0.5)).toBe(PERIOD_MS);
    expect(SyncScheduler.delay(1, () => 0.999)).toBeLessThan(4_000);
    expect(SyncScheduler.delay(3, () => 0.999)).toBeLessThan(16_000);
    expect(SyncScheduler.delay(3, () => 0)).toBe(0);
    expect(SyncScheduler.delay(30, () => 0.999)).toBeLessThanOrEqual(5 * 60_000);
  });
});
