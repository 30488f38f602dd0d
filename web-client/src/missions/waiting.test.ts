import { describe, expect, it } from 'vitest';
import { Outbox, openOutboxDb } from '../outbox';
import { Replica } from '../replica/replica';
import { Store, openStoreDb } from '../replica/store';
import { syncPartnership } from '../sync';
import { TestServer, effectOf } from '../test-server';
import { echoed, pendingAnswer, waiting } from './waiting';

let dbCount = 0;
const person = 'fatou.ndiaye@education.sn.example';
async function replicaFor(): Promise<Replica> {
  const outbox = new Outbox(await openOutboxDb(`waiting-outbox-${++dbCount}`), person);
  return new Replica(outbox, new Store(person, openStoreDb(`waiting-store-${dbCount}`)));
}
const sync = (replica: Replica, server: TestServer) => syncPartnership({ outbox: replica.outbox, replica, api: server.api() }, 'seneclic').catch(() => undefined);

describe('what the South queued, as her screens show it', () => {
  it('shows a comment once when the server has it but its answer was lost, and sends it once', async () => {
    const replica = await replicaFor();
    const server = new TestServer();
    await replica.queue('commentOnMission', 'seneclic', { missionId: 'M1', text: 'Les directeurs sont prévenus.' });
    server.loseNextAnswer = true;
    await sync(replica, server);

    // The server applied it and echoes its id on the mission; the outbox, without the answer, still holds it.
    const [queued] = await waiting(replica, 'seneclic', ['commentOnMission'], (a) => a.input.missionId === 'M1');
    const onServer = [{ text: 'Les directeurs sont prévenus.', clientMutationId: queued.id }];
    const shown = [...onServer, ...(await waiting(replica, 'seneclic', ['commentOnMission'], () => true)).filter((a) => !echoed(onServer.map((c) => c.clientMutationId))(a))];
    expect(shown).toHaveLength(1);

    await sync(replica, server);
    expect(await waiting(replica, 'seneclic', ['commentOnMission'], () => true)).toEqual([]);
    expect(server.effects.get(effectOf('commentOnMission', { missionId: 'M1', text: 'Les directeurs sont prévenus.' }))).toBe(1);
  });

  it('keeps a returned report’s reason waiting offline, then lets it go once sent', async () => {
    const replica = await replicaFor();
    const server = new TestServer();
    await replica.queue('returnReport', 'seneclic', { reportId: 'R1', comment: 'Il manque Yoff.' });

    expect(await pendingAnswer(replica, 'seneclic', 'R1')).toEqual({ outcome: 'RETURNED', comment: 'Il manque Yoff.' });
    expect(await pendingAnswer(replica, 'seneclic', 'R2')).toBeUndefined();

    await sync(replica, server);
    expect(await pendingAnswer(replica, 'seneclic', 'R1')).toBeUndefined();
    expect(server.effects.get(effectOf('returnReport', { reportId: 'R1', comment: 'Il manque Yoff.' }))).toBe(1);
  });
});
