// The end of the receiving story, on the same phone: an action the server no longer accepts is set apart and told,
// the interface switches to English first (and back) and keeps the choice across a reload, and signing out leaves
// nothing of what the person read. Each screen met is checked for accessibility and photographed.

import { assertAccessible } from './accessibility.mjs';
import { signOutOnPage } from './story.mjs';

/**
 * @param {{ page: import('playwright-core').Page, step: (name: string, run: () => Promise<void>) => Promise<void>,
 *   expect: (condition: unknown, message: string) => void, shot: (name: string) => Promise<void>,
 *   partnership: string, shipmentId: () => string }} story
 */
export async function fitnessSteps({ page, step, expect, shot, partnership, shipmentId }) {
  const pendingLine = () => page.locator('#pending').innerText();

  await step('une action que le serveur n’accepte plus est mise à part, dite et gardée / an action the server no longer accepts is set apart, told and kept', async () => {
    // An action recorded by an older version of the app, whose verdict this server does not know.
    await page.evaluate(({ shipment }) => new Promise((resolve, reject) => {
      const open = indexedDB.open('cooperation-outbox');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const id = crypto.randomUUID();
        const tx = open.result.transaction('actions', 'readwrite');
        tx.objectStore('actions').add({
          id, person: localStorage.getItem('cooperation.person'), partnershipId: location.hash.split('/')[2], kind: 'confirmShipmentItems',
          input: { clientMutationId: id, shipmentId: shipment, verdicts: [{ itemId: 'i1', verdict: 'ABIME' }] }, createdAt: Date.now(), state: 'pending',
        });
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
      };
    }), { shipment: shipmentId() });
    await page.locator('#sync').click();
    const refusal = page.locator('#messages .refused', { hasText: 'n’accepte plus cette action' });
    await refusal.waitFor({ timeout: 60_000 });
    // The line was already « Tout est envoyé » (the action went into the outbox behind the page's back): what counts is
    // that the refusal, once shown, is not counted as pending (the same refresh wrote the line just before).
    expect((await pendingLine()).startsWith('Tout est envoyé'), `pending line: ${await pendingLine()}`);
    expect((await refusal.innerText()).includes('Vérification d’articles'), `refusal: ${await refusal.innerText()}`);
    await shot('8-action-refusee');
    await assertAccessible(page, 'action refusée / refused action');
    // Kept across a reload until the person dismisses it.
    await page.reload();
    await refusal.waitFor();
    await refusal.locator('button').click();
    await refusal.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('#pending').waitFor();
    expect((await page.locator('#messages .refused').count()) === 0, 'the dismissed refusal came back');
  });

  await step('« English » met l’anglais en premier, gardé au rechargement / « English » puts English first, kept across a reload', async () => {
    await page.locator('header button[lang=en]', { hasText: 'English' }).click();
    await page.locator('#sync').waitFor();
    expect((await page.locator('html').getAttribute('lang')) === 'en', 'lang is not en');
    // The button's two languages sit on two lines: read as one.
    expect((await page.locator('#sync').innerText()).replace(/\s+/g, ' ').startsWith('Sync / Synchroniser'), `sync button: ${await page.locator('#sync').innerText()}`);
    expect((await pendingLine()).startsWith('Everything is sent'), `pending line: ${await pendingLine()}`);
    expect((await page.locator('#main').innerText()).includes('All received'), 'no « All received »');
    await shot('en-4-receiving');
    await assertAccessible(page, 'receiving, in English');
    await page.reload();
    await page.locator('#sync').waitFor();
    expect((await page.locator('html').getAttribute('lang')) === 'en', 'English was not kept across the reload');
    await page.goto(page.url().split('#')[0] + `#/p/${partnership}`);
    await page.locator('main h3', { hasText: 'Shipments' }).waitFor();
    for (const heading of ['Shipments', 'Latest report', 'Milestones']) {
      expect((await page.locator('main h3').allInnerTexts()).some((t) => t.startsWith(heading)), `no « ${heading} » first`);
    }
    await shot('en-3-partnership');
    await assertAccessible(page, 'partnership, in English');
    await page.goto(page.url().split('#')[0] + '#');
    await page.locator('main h2', { hasText: 'My partnerships' }).waitFor();
    await shot('en-2-partnerships');
    await assertAccessible(page, 'home, in English');
  });

  await step('« Français » remet le français en premier / « Français » puts French first again', async () => {
    await page.locator('header button[lang=fr]', { hasText: 'Français' }).click();
    await page.locator('main h2', { hasText: 'Mes partenariats' }).waitFor();
    expect((await page.locator('html').getAttribute('lang')) === 'fr', 'lang is not fr');
    expect((await page.locator('#sync').innerText()).startsWith('Synchroniser'), 'no « Synchroniser » first');
  });

  await step('à la déconnexion, rien de ce qui a été lu ne reste / signing out leaves nothing that was read', async () => {
    await signOutOnPage(page);
    const left = await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('cooperation-reads');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const keys = open.result.transaction('reads').objectStore('reads').getAllKeys();
        keys.onsuccess = () => resolve(keys.result);
      };
    }));
    expect(left.length === 0, `reads left: ${left}`);
    expect(!(await page.evaluate(() => localStorage.getItem('cooperation.person'))), 'the person is still remembered');
    expect(!(await page.evaluate(() => localStorage.getItem('cooperation.viewer'))), 'the person\'s name and partnerships are still kept');
  });
}
