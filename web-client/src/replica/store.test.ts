import { describe, expect, it } from 'vitest';
import { Store, openStoreDb } from './store';

describe('replica store', () => {
  it('forgets every record and cursor of the person signing out, and only theirs', async () => {
    const db = openStoreDb('store-test-forget');
    const awa = new Store('awa@example.sn', db);
    await awa.readThrough('viewer', async () => ({ displayName: 'Awa' }), () => true);
    await awa.put('partnership:gd', { name: 'SIG Guédiawaye' });
    await awa.commit('gd', 'c7', [], () => new Map());
    await new Store('awa@example.sn.other', db).put('viewer', { displayName: 'Someone else' });
    await new Store('moussa@example.sn', db).put('viewer', { displayName: 'Moussa' });

    await awa.forget();

    expect(await awa.get('viewer')).toBeUndefined();
    expect(await awa.get('partnership:gd')).toBeUndefined();
    // A cursor left behind would skip, at the next sign-in, the changes whose records were just forgotten.
    expect(await awa.cursor('gd')).toBeUndefined();
    expect(await new Store('awa@example.sn.other', db).get('viewer')).toEqual({ displayName: 'Someone else' });
    expect(await new Store('moussa@example.sn', db).get('viewer')).toEqual({ displayName: 'Moussa' });
    // Offline after sign-out: nothing to show from the one who left.
    const offline = await awa.readThrough('viewer', () => Promise.reject(new Error('offline')), () => true);
    expect(offline).toEqual({ value: undefined, stale: true });
  });

  it('keeps what a sync wrote while a screen\'s read was on its way: the screen is given the synced record', async () => {
    const store = new Store('marc@example.fr', openStoreDb('store-test-read-during-sync'));
    let answer!: (value: unknown) => void;
    // The screen asks the server, which does not have the packing list yet…
    const reading = store.readThrough('packing:S1', () => new Promise((resolve) => (answer = resolve)), () => false);
    // …the sync meanwhile keeps the one the server acknowledged…
    await store.commit('gd', 'c1', ['packing:S1'], () => new Map([['packing:S1', { id: 'S1', status: 'PREPARED' }]]));
    // …and the server's late answer is « not found ».
    answer(null);

    expect(await reading).toEqual({ value: { id: 'S1', status: 'PREPARED' }, stale: false });
    expect(await store.get('packing:S1')).toEqual({ id: 'S1', status: 'PREPARED' });
    // A read with no sync in between is kept as the server said it.
    await store.readThrough('packing:S1', async () => ({ id: 'S1', status: 'SHIPPED' }), () => false);
    expect(await store.get('packing:S1')).toEqual({ id: 'S1', status: 'SHIPPED' });
  });
});
