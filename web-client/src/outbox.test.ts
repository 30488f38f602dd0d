import { describe, expect, it } from 'vitest';
import { Outbox, openOutboxDb, type ActionInput } from './outbox';
import { pendingText } from './words';

let dbCount = 0;
const freshName = () => `outbox-test-${++dbCount}`;
const verdict = (itemId: string) => ({ shipmentId: 'S1', verdicts: [{ itemId, verdict: 'RECEIVED' }] });

describe('outbox', () => {
  it('keeps pending actions, in order, across a reload', async () => {
    const name = freshName();
    const before = await openOutboxDb(name);
    const outbox = new Outbox(before, 'awa@example.sn');
    for (const item of ['i1', 'i2', 'i3']) await outbox.add('confirmShipmentItems', 'gd', verdict(item));
    before.close();

    // A reload: a new connection and a new outbox object see the same queue.
    const after = new Outbox(await openOutboxDb(name), 'awa@example.sn');
    const pending = await after.pending();
    expect(pending.map((a) => (a.input.verdicts as { itemId: string }[])[0].itemId)).toEqual(['i1', 'i2', 'i3']);
    expect(pending.every((a) => a.input.clientMutationId === a.id)).toBe(true);
    expect(pendingText(await after.pendingCount())).toEqual(['3 actions en attente', '3 pending actions']);
  });

  it('keeps a tap made while its database is still opening, as the app starts', async () => {
    const name = freshName();
    const opening = openOutboxDb(name);
    const outbox = new Outbox(opening, 'awa@example.sn');
    await outbox.add('confirmShipmentItems', 'gd', verdict('i1'));
    (await opening).close();

    const after = new Outbox(await openOutboxDb(name), 'awa@example.sn');
    expect((await after.pending()).map((a) => (a.input.verdicts as { itemId: string }[])[0].itemId)).toEqual(['i1']);
  });

  it('shows a second person on the same phone none of the first one\'s queue, and keeps it for her', async () => {
    const db = await openOutboxDb(freshName());
    const awa = new Outbox(db, 'awa@example.sn');
    await awa.add('confirmShipmentItems', 'gd', verdict('i1'));

    const moussa = new Outbox(db, 'moussa@example.sn');
    expect(await moussa.pendingCount()).toBe(0);
    const awaId = (await awa.pending())[0].id;
    await moussa.acknowledge([awaId]); // an id that is not his changes nothing
    expect(await awa.pendingCount()).toBe(1);
  });

  it('keeps a refused action with its message until the person dismisses it', async () => {
    const outbox = new Outbox(await openOutboxDb(freshName()), 'awa@example.sn');
    const action = await outbox.add('confirmShipmentItems', 'gd', verdict('i9'));
    await outbox.refuse(action.id, { code: 'NOT_FOUND', message: "L'article i9 n'existe pas. / Item i9 does not exist." });

    expect(await outbox.pendingCount()).toBe(0);
    const [refused] = await outbox.refused();
    expect(refused.error?.message).toContain("n'existe pas");
    await outbox.acknowledge([]);
    expect(await outbox.refused()).toHaveLength(1);
    await outbox.dismiss(action.id);
    expect(await outbox.refused()).toHaveLength(0);
  });

  it('replaces a pending edit in its place under a new id, and adds one when none waits', async () => {
    const outbox = new Outbox(await openOutboxDb(freshName()), 'marc@example.fr');
    const same = (reportId: string) => (input: ActionInput) => input.reportId === reportId;
    await outbox.add('draftReport', 'seneclic', { periodStart: '2026-01-01' });
    const first = await outbox.replace('editReport', 'seneclic', { reportId: 'R1', activities: 'Form' }, same('R1'));
    await outbox.add('planMilestone', 'seneclic', { title: 'Jalon' });
    const second = await outbox.replace('editReport', 'seneclic', { reportId: 'R1', activities: 'Formation de 40 enseignants' }, same('R1'));
    await outbox.replace('editReport', 'seneclic', { reportId: 'R2', activities: 'Autre' }, same('R2'));

    const pending = await outbox.pending();
    expect(pending.map((a) => a.kind)).toEqual(['draftReport', 'editReport', 'planMilestone', 'editReport']);
    expect(pending[1].input).toMatchObject({ reportId: 'R1', activities: 'Formation de 40 enseignants', clientMutationId: second.id });
    expect(second.id).not.toBe(first.id);
    // The first edit's id, acknowledged late by a sync that carried it, takes nothing away.
    await outbox.acknowledge([first.id]);
    expect(await outbox.pendingCount()).toBe(4);
  });

  it('never replaces a refused action, nor another person\'s', async () => {
    const db = await openOutboxDb(freshName());
    const marc = new Outbox(db, 'marc@example.fr');
    const claire = new Outbox(db, 'claire@example.fr');
    const any = () => true;
    const refused = await marc.replace('editReport', 'seneclic', { reportId: 'R1', results: 'a' }, any);
    await marc.refuse(refused.id, { code: 'CONFLICT', message: 'Déjà soumis / Already submitted' });
    await claire.replace('editReport', 'seneclic', { reportId: 'R1', results: 'c' }, any);
    await marc.replace('editReport', 'seneclic', { reportId: 'R1', results: 'b' }, any);

    expect((await marc.refused()).map((a) => a.input.results)).toEqual(['a']);
    expect((await marc.pending()).map((a) => a.input.results)).toEqual(['b']);
    expect((await claire.pending()).map((a) => a.input.results)).toEqual(['c']);
  });

  it('says everything is sent, one action or several, in French and English', () => {
    expect(pendingText(0)).toEqual(['Tout est envoyé', 'Everything is sent']);
    expect(pendingText(1)).toEqual(['1 action en attente', '1 pending action']);
  });
});
