// End to end, in a real headless Chromium against the real server, on a 360 px phone-sized screen in French: Claire
// Martin (Ville du Havre, North of Cérénum) sees in the header that she has unread notices, opens « Avis » and reads
// that Cérénum's report is overdue, marks everything read (the count goes), and chooses one e-mail a day. Then the
// server, asked by GraphQL, has her notices read and her choice kept. The screen gets the accessibility check and a
// screenshot in web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/notices.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

import { assertAccessible } from './accessibility.mjs';
import { expect, openStory, serverApi } from './story.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/notices.mjs <base URL> <demo password>');
  process.exit(2);
}
const CLAIRE = 'claire.martin@lehavre.example';

const { page, step, shot, finish } = await openStory('notices');
const { signIn, graphql } = serverApi(base, password);

try {
  await step('Claire voit ses avis non lus dans l’en-tête / Claire sees her unread notices in the header', async () => {
    // The overdue report is told by a reminder that ticks once the seed has drafted it: a few seconds after the start.
    const token = await signIn(CLAIRE);
    for (let i = 0; i < 30; i++) {
      const data = await graphql(token, '{ viewer { notices(first: 0) { unreadCount } } }');
      if (data.viewer.notices.unreadCount > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await page.goto(base);
    await page.locator('#email').fill(CLAIRE);
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator('#notices-link .badge').waitFor();
  });

  await step('Elle ouvre « Avis » : le rapport de Cérénum est en retard / She opens « Avis »: Cérénum’s report is overdue', async () => {
    await page.locator('#notices-link').click();
    const overdue = page.locator('#notices li.unread', { hasText: 'Rapport en retard' });
    await overdue.waitFor();
    expect((await overdue.innerText()).includes('Cérénum') || (await overdue.innerText()).includes('cerenum'), 'the notice does not name the partnership');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide <= 1, `the page is ${wide} px wider than the screen`);
    await shot('30-avis');
    await assertAccessible(page, 'avis / notices');
  });

  await step('Tout marquer comme lu : le compte disparaît, les avis restent / Mark all read: the count goes, the notices stay', async () => {
    await page.locator('#mark-all-read').click();
    await page.locator('[role=status]', { hasText: 'Tous vos avis sont marqués comme lus.' }).waitFor();
    expect(await page.locator('#notices-link .badge').count() === 0, 'the header still shows a count');
    expect(await page.locator('#notices li.unread').count() === 0, 'a notice is still shown unread');
    expect(await page.locator('#notices li', { hasText: 'Rapport en retard' }).count() === 1, 'the notice left the list');
  });

  await step('Elle choisit un résumé par jour / She chooses a daily digest', async () => {
    await page.locator('#notice-choice label', { hasText: 'Un résumé par jour' }).click();
    await page.locator('#notice-choice [role=status]', { hasText: 'Enregistré' }).waitFor();
    await assertAccessible(page, 'avis, choix enregistré / notices, choice saved');
  });

  await step('Le serveur a ses avis lus et son choix / The server has her notices read and her choice', async () => {
    const token = await signIn(CLAIRE);
    const data = await graphql(token, '{ viewer { notices { unreadCount totalCount choice } } }');
    expect(data.viewer.notices.unreadCount === 0, `${data.viewer.notices.unreadCount} notices still unread`);
    expect(data.viewer.notices.totalCount > 0, 'no notice kept');
    expect(data.viewer.notices.choice === 'DAILY_DIGEST', `choice is ${data.viewer.notices.choice}`);
  });
} finally {
  await finish();
}
