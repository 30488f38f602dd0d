import { describe, expect, it } from 'vitest';
import { cached, forget, readThrough, remember } from './cache';

describe('read cache', () => {
  it('forgets every read of the person signing out, and only theirs', async () => {
    await readThrough('awa@example.sn', 'viewer', async () => ({ displayName: 'Awa' }), () => true);
    await remember('awa@example.sn', 'partnership:gd', { name: 'SIG Guédiawaye' });
    await remember('awa@example.sn.other', 'viewer', { displayName: 'Someone else' });
    await remember('moussa@example.sn', 'viewer', { displayName: 'Moussa' });

    await forget('awa@example.sn');

    expect(await cached('awa@example.sn', 'viewer')).toBeUndefined();
    expect(await cached('awa@example.sn', 'partnership:gd')).toBeUndefined();
    expect(await cached('awa@example.sn.other', 'viewer')).toEqual({ displayName: 'Someone else' });
    expect(await cached('moussa@example.sn', 'viewer')).toEqual({ displayName: 'Moussa' });
    // Offline after sign-out: nothing to show from the one who left.
    const offline = await readThrough('awa@example.sn', 'viewer', () => Promise.reject(new Error('offline')), () => true);
    expect(offline).toEqual({ value: undefined, stale: true });
  });
});
