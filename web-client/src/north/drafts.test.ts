import { describe, expect, it } from 'vitest';
import { Drafts, openDraftDb } from './drafts';
import { globalId, reportId, shipmentId } from '../replica/ids';

const text = { activities: 'Formation de 40 enseignants à Ngor', results: '', difficulties: '', nextSteps: '', indicators: [], milestoneIds: [] };

describe('report drafts', () => {
  it('keep the typed text across a reload, per person', async () => {
    const name = 'drafts-test-1';
    const before = await openDraftDb(name);
    await new Drafts(before, 'marc@example.fr').save({ reportId: 'R1', ...text, opened: false, dirty: true });
    before.close();

    const db = await openDraftDb(name);
    const draft = await new Drafts(db, 'marc@example.fr').get('R1');
    expect(draft).toMatchObject({ activities: 'Formation de 40 enseignants à Ngor', dirty: true, opened: false });
    expect(await new Drafts(db, 'claire@example.fr').get('R1')).toBeUndefined();
  });

  it('go once removed, and only the person\'s own', async () => {
    const db = await openDraftDb('drafts-test-2');
    const marc = new Drafts(db, 'marc@example.fr');
    const claire = new Drafts(db, 'claire@example.fr');
    await marc.save({ reportId: 'R1', ...text, opened: true, dirty: false });
    await claire.save({ reportId: 'R1', ...text, opened: true, dirty: false });
    await marc.remove('R1');
    expect(await marc.get('R1')).toBeUndefined();
    expect(await claire.get('R1')).toBeDefined();
  });
});

describe('global ids computed on the phone', () => {
  it('match the server\'s encoding', async () => {
    // Base64url of "Report:seneclic/2026-01-01_2026-06-30" and of "Shipment:seneclic/s" + 12 hex of SHA-256("seneclic:abc").
    expect(reportId('seneclic', '2026-01-01', '2026-06-30')).toBe('UmVwb3J0OnNlbmVjbGljLzIwMjYtMDEtMDFfMjAyNi0wNi0zMA');
    expect(await shipmentId('seneclic', 'abc')).toBe('U2hpcG1lbnQ6c2VuZWNsaWMvczg2NWY0MThiMDQ2Ng');
    expect(globalId('Shipment', 'x/y')).not.toContain('=');
  });
});
