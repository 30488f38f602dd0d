// End to end, in a real headless Chromium against the real server, on a 360 px phone-sized screen in French:
// Isabelle Moreau, the fund's manager, opens « Tableau de bord » from her home screen and sees the five seeded
// partnerships, one card each; Sénéclic's card lists its spring shipment, received with a screen damaged and a laptop
// missing; the charts are drawn (with no animation, as her phone asks) and each one's text alternative holds the
// numbers its table shows. Marc Girard (Besançon, North staff of Sénéclic) opens that shipment's reconciliation from
// his card. Julien Roques (Castres-Mazamet, North staff) sees his partnership only, and offline is
// told the dashboard needs the network; Fatou Ndiaye (a South agent) has no link, and going to #/t is refused in
// words. Every screen gets the accessibility check; screenshots go to web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/dashboard.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the other stories.

import { assertAccessible } from './accessibility.mjs';
import { expect, fitsWidth, openStory, serverApi, signInAs } from './story.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/dashboard.mjs <base URL> <demo password>');
  process.exit(2);
}
const ISABELLE = 'isabelle.moreau@daect.example';
const JULIEN = 'julien.roques@castres-mazamet.example';
const MARC = 'marc.girard@besancon.example';
const FATOU = 'fatou.ndiaye@education.sn.example';
const SLUGS = ['cerenum', 'sig-guediawaye', 'e-administration-plateau', 'libriciels-figuig', 'seneclic'];
const SPRING = 'Envoi de printemps 2026';

const { page, context, step, shot, finish } = await openStory('dashboard');
const { signIn, graphql } = serverApi(base, password);
// The charts drawn at once: what the story reads is the finished picture.
await page.emulateMedia({ reducedMotion: 'reduce' });

const cards = page.locator('#dashboard > li');
const card = (slug) => page.locator(`#dashboard [data-partnership="${slug}"]`);
const squeeze = (text) => text.replace(/[\u202f\u00a0]/g, ' ');

/** Whether a canvas has anything painted on it. */
const painted = (canvas) => canvas.evaluate((c) => {
  const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
});

try {
  await step('Isabelle, gestionnaire du Fonds, voit les cinq partenariats / Isabelle, the fund\'s manager, sees the five partnerships', async () => {
    await signInAs(page, base, password, ISABELLE);
    await page.locator('a[href="#/t"]').click();
    await cards.first().waitFor();
    expect(await cards.count() === 5, `cards: ${await cards.count()}`);
    // Each card named as the directory names its partnership.
    const names = (await graphql(await signIn(ISABELLE), '{ partnerships(first: 20) { nodes { slug name } } }')).partnerships.nodes;
    for (const slug of SLUGS) {
      const heading = await card(slug).locator('h3').innerText();
      const name = names.find((p) => p.slug === slug)?.name;
      expect(heading === name, `${slug} reads ${heading}, not ${name}`);
      expect(await card(slug).locator(`a[href^="#/b/${slug}/"]`).count() === 1, `${slug} should link to its budget`);
    }
  });

  await step('la carte de Sénéclic signale l\'envoi endommagé et incomplet / Sénéclic\'s card shows the damaged and incomplete shipment', async () => {
    const spring = card('seneclic').locator('.discrepancies li', { hasText: SPRING });
    await spring.waitFor();
    const text = await spring.innerText();
    expect(/endommagé/.test(text) && /manquant/.test(text), `the shipment reads: ${text}`);
    // Isabelle is no member: the shipment's reconciliation (the North's screen) is named, not linked.
    expect(await spring.locator('a').count() === 0, 'the fund\'s manager should get no link to the North\'s reconciliation');
    const deliveries = squeeze(await card('seneclic').locator('[id$="-deliveries"] > p').first().innerText());
    expect(/\d+ endommagés?/.test(deliveries) && /\d+ manquants?/.test(deliveries), `deliveries read: ${deliveries}`);
  });

  await step('les graphiques sont dessinés et disent leurs chiffres / the charts are drawn and say their numbers', async () => {
    const seneclic = card('seneclic');
    const milestones = seneclic.locator('canvas[id$="-milestones-chart"]');
    await page.waitForFunction(() => document.querySelectorAll('#dashboard canvas[width]').length > 0);
    expect(await painted(milestones), 'the milestones chart should be drawn');
    expect(await painted(seneclic.locator('canvas[id$="-money-chart"]')), 'the money chart should be drawn');
    // Each bar's number in the table is in the chart's name, French and English.
    const label = await milestones.getAttribute('aria-label');
    for (const row of await seneclic.locator('table[id$="-milestones-figures"] tr').all()) {
      const [fr, count] = [squeeze(await row.locator('th').innerText()).split(' / ')[0], await row.locator('td').innerText()];
      expect(label.includes(`${fr} : ${count}`), `the chart's name « ${label} » should say ${fr} : ${count}`);
    }
    expect(/Milestones — Completed: \d+/.test(label), `the chart's name should say it in English too: ${label}`);
    const money = squeeze(await seneclic.locator('canvas[id$="-money-chart"]').getAttribute('aria-label'));
    const committed = squeeze(await seneclic.locator('table[id$="-money-figures"] tr[data-figure="committed"] td').innerText());
    expect(money.includes(`Engagé : ${committed}`), `the money chart's name « ${money} » should say Engagé : ${committed}`);
    await fitsWidth(page);
    await shot('70-tableau-de-bord');
    await assertAccessible(page, 'tableau de bord, gestionnaire du Fonds / dashboard, fund manager');
  });

  await step('Marc, de Besançon, ouvre le rapprochement de l\'envoi depuis sa carte / Marc, of Besançon, opens the shipment\'s reconciliation from his card', async () => {
    await signInAs(page, base, password, MARC);
    await page.locator('a[href="#/t"]').click();
    const link = card('seneclic').locator('.discrepancies li', { hasText: SPRING }).locator('a[href^="#/c/seneclic/"]');
    await link.click();
    await page.locator('main h2', { hasText: SPRING }).waitFor();
  });

  await step('Julien, de Castres-Mazamet, ne voit que son partenariat / Julien, of Castres-Mazamet, sees only his partnership', async () => {
    await signInAs(page, base, password, JULIEN);
    await page.locator('a[href="#/t"]').click();
    await cards.first().waitFor();
    const shown = await page.locator('#dashboard [data-partnership]').evaluateAll((sections) => sections.map((s) => s.dataset.partnership));
    expect(shown.join() === 'sig-guediawaye', `cards: ${shown.join()}`);
    await fitsWidth(page);
    await shot('71-tableau-de-bord-nord');
    await assertAccessible(page, 'tableau de bord, Nord / dashboard, North');
    // Offline, the screen says it needs the network, rather than showing something old.
    await page.goto(`${base}/#/`);
    await page.locator('a[href="#/t"]').waitFor();
    await context.setOffline(true);
    await page.locator('a[href="#/t"]').click();
    await page.locator('main [role=status]', { hasText: 'le tableau de bord demande le réseau' }).waitFor();
    await context.setOffline(false);
  });

  await step('Fatou, agente au Sud, n\'a ni lien ni tableau de bord / Fatou, a South agent, gets no link and no dashboard', async () => {
    await signInAs(page, base, password, FATOU);
    await page.locator('a[href="#/mot-de-passe"]').waitFor();
    expect(await page.locator('a[href="#/t"]').count() === 0, 'a South agent should have no dashboard link');
    await page.goto(`${base}/#/t`);
    const refused = page.locator('#dashboard-refused[role=alert]');
    await refused.waitFor();
    expect(/réservé/.test(await refused.innerText()), await refused.innerText());
    expect(await cards.count() === 0, 'a South agent should see no card');
    await fitsWidth(page);
    await shot('72-tableau-de-bord-refuse');
    await assertAccessible(page, 'tableau de bord refusé / dashboard refused');
  });
} finally {
  await finish();
}
