import { describe, expect, it } from 'vitest';
import { NoticeStore, openNoticeDb } from './notices';

let dbCount = 0;
const dispute = { itemId: 'i3', outcome: 'DISPUTED', message: 'Verdict différent gardé comme litige. / Different verdict kept as a dispute.' };

describe('notices', () => {
  it('keeps a notice across a reload until the person dismisses it', async () => {
    const name = `notices-test-${++dbCount}`;
    const before = await openNoticeDb(name);
    await new NoticeStore(before, 'awa@example.sn').add({ id: 'a1', kind: 'confirmShipmentItems' }, [dispute]);
    before.close();

    const after = new NoticeStore(await openNoticeDb(name), 'awa@example.sn');
    const [kept] = await after.list();
    expect(kept).toMatchObject({ actionId: 'a1', kind: 'confirmShipmentItems', itemId: 'i3', message: dispute.message });
    await after.dismiss(kept);
    expect(await after.list()).toHaveLength(0);
  });

  it('keeps one notice when the same answer is heard twice, and shows another person none of them', async () => {
    const db = await openNoticeDb(`notices-test-${++dbCount}`);
    const awa = new NoticeStore(db, 'awa@example.sn');
    await awa.add({ id: 'a1', kind: 'confirmShipmentItems' }, [dispute]);
    await awa.add({ id: 'a1', kind: 'confirmShipmentItems' }, [dispute]);

    expect(await awa.list()).toHaveLength(1);
    expect(await new NoticeStore(db, 'moussa@example.sn').list()).toHaveLength(0);
  });
});
