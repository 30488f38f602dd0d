// End to end, in a real headless Chromium against the real server, nobody locked out: the administrator, on a phone
// (360 px), invites a person into Sénéclic and reads the one-time code to hand on; the person sets her password with
// it on her phone (« J’ai reçu une invitation »); the administrator changes her role, then, as she forgot her password, issues a reset code. On a phone where no
// one is signed in, « Mot de passe oublié ? » takes the code and a new password and signs her in; she then changes
// her password on « Mot de passe ». The administration screen is checked at a desk's width (1280 px) too. Then the
// server, asked by GraphQL, says what happened, in her history. Screenshots at 360 px in French go to
// web-client/screenshots/ (not committed).
//
//   node tests/web-e2e/administration.mjs <base URL> <demo password>
// Ends with "N passed, N failed" like the conformance audit.

import { assertAccessible } from './accessibility.mjs';
import { expect, openStory, serverApi, signInAs } from './story.mjs';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node tests/web-e2e/administration.mjs <base URL> <demo password>');
  process.exit(2);
}
const ADMIN = 'admin@cooperation.example';
const PARTNERSHIP = 'seneclic';
// An address of this run's own, so that a second run against the same server invites a new person.
const run = Date.now().toString(36);
const PERSON = `awa.ndiaye.${run}@dakar.example`;
const NAME = `Awa Ndiaye (${run})`;
const FIRST = 'premier-mot-de-passe';
const RESET = 'mot-de-passe-retrouve';
const CHANGED = 'mot-de-passe-change-2027';

const { page, step, shot, finish } = await openStory('administration');
const { signIn, graphql } = serverApi(base, password);
/** Nothing wider than the screen: usable at 360 px without sideways scrolling. */
async function fitsWidth() {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide <= 1, `the page is ${wide} px wider than the screen`);
}
const card = () => page.locator('#main li', { has: page.locator('summary', { hasText: NAME }) });
let code = '';

try {
  await step('l’administratrice se connecte et ouvre l’administration / the administrator signs in and opens administration', async () => {
    await page.goto(base);
    await page.locator('#email').fill(ADMIN);
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator('a[href="#/administration"]').click();
    await page.locator('#invite').waitFor();
    await fitsWidth();
  });

  await step('elle invite Awa dans Sénéclic et lit le code à lui transmettre / she invites Awa into Sénéclic and reads the code to hand on', async () => {
    await page.locator('#invite summary').click();
    await page.locator('#invite-email').fill(PERSON);
    await page.locator('#invite-name').fill(NAME);
    await page.locator('#invite-partnership').selectOption(PARTNERSHIP);
    await page.locator('#invite-role').selectOption('SOUTH_AGENT');
    await page.locator('#invite button[type=submit]').click();
    code = await page.locator('#invite .one-time-code').innerText();
    expect(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code), `invitation code « ${code} »`);
    await shot('9-administration-invitation');
    await assertAccessible(page, 'administration, invitation');
  });

  await step('la liste des personnes se lit par pages, la dernière invitée d’abord / the list of people reads a page at a time, the latest invited first', async () => {
    await page.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
    await page.locator('#people li', { hasText: NAME }).first().waitFor();
    const total = Number((await page.locator('main h3', { hasText: 'Personnes (' }).innerText()).match(/\((\d+)\)/)[1]);
    expect((await page.locator('#people > li').first().innerText()).includes(NAME), 'the person just invited is not first');
    expect((await page.locator('#people > li').count()) === Math.min(20, total), `a first page of ${await page.locator('#people > li').count()} out of ${total}`);
    expect((await page.locator('#more-people').count()) === (total > 20 ? 1 : 0), '« Suivants » is shown when, and only when, more people remain');
    if (total > 20) {
      await page.locator('#more-people', { hasText: 'Suivants' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('#people > li').length === n, Math.min(40, total));
    }
  });

  await step('sur son téléphone, Awa tape le code de l’invitation et choisit son mot de passe / on her phone, Awa types the invitation\'s code and chooses her password', async () => {
    await page.evaluate(() => { localStorage.clear(); location.hash = ''; });
    await page.reload();
    await page.locator('#email').fill(PERSON);
    await page.locator('#accept-invitation').click();
    await page.locator('#reset-code').fill(code);
    await page.locator('#reset-password').fill(FIRST);
    await page.locator('#reset-password-again').fill(FIRST);
    await fitsWidth();
    await shot('9-invitation-acceptee');
    await assertAccessible(page, 'invitation reçue / invitation received');
    await page.locator('form button[type=submit]').click();
    // Signed in at once: her home, with her own « Mot de passe » link.
    await page.locator('a[href="#/mot-de-passe"]').waitFor();
  });

  await step('elle la fait troisième partenaire, puis lui délivre un code de réinitialisation / she makes her a third partner, then issues her a reset code', async () => {
    await signInAs(page, base, password, ADMIN);
    await page.locator('a[href="#/administration"]').click();
    await card().locator('summary').click();
    await card().locator(`select[id$="-${PARTNERSHIP}"]`).selectOption('THIRD_PARTNER');
    // The list is read again once the change is made: the card shown before goes, a new one comes.
    const before = await card().elementHandle();
    await card().locator('button', { hasText: 'Changer le rôle' }).click();
    await page.waitForFunction((element) => !element.isConnected, before);
    await card().locator('summary').click();
    expect(await card().locator(`select[id$="-${PARTNERSHIP}"]`).inputValue() === 'THIRD_PARTNER', 'the role shown after the change');
    await card().locator('button', { hasText: 'Code de réinitialisation' }).click();
    code = await card().locator('.one-time-code').innerText();
    expect(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code), `reset code « ${code} »`);
    await fitsWidth();
    await shot('9-administration-code');
    await assertAccessible(page, 'administration, code de réinitialisation / reset code');
  });

  await step('à 1280 px, l’écran d’administration tient et reste accessible / at 1280 px the administration screen fits and stays accessible', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await fitsWidth();
    await assertAccessible(page, 'administration (1280 px)');
    await page.setViewportSize({ width: 360, height: 740 });
  });

  await step('sur un téléphone où personne n’est connecté, « Mot de passe oublié ? » / on a phone where no one is signed in, « Forgot password? »', async () => {
    await page.evaluate(() => { localStorage.clear(); location.hash = ''; });
    await page.reload();
    await page.locator('#email').fill(PERSON);
    await page.locator('#forgot-password').click();
    await page.locator('#reset-code').fill(code.toLowerCase());
    await page.locator('#reset-password').fill(RESET);
    await page.locator('#reset-password-again').fill('pas-le-meme-mot');
    await page.locator('form button[type=submit]').click();
    await page.locator('[role=alert]', { hasText: 'Les deux nouveaux mots de passe diffèrent' }).waitFor();
    await fitsWidth();
    await shot('9-mot-de-passe-oublie');
    await assertAccessible(page, 'mot de passe oublié / forgot password');
    await page.locator('#reset-password-again').fill(RESET);
    await page.locator('form button[type=submit]').click();
    await page.locator('a[href="#/mot-de-passe"]').waitFor();
  });

  await step('connectée, elle change son mot de passe / signed in, she changes her password', async () => {
    await page.locator('a[href="#/mot-de-passe"]').click();
    await page.locator('#current-password').fill('pas-le-bon-mot-de-passe');
    await page.locator('#new-password').fill(CHANGED);
    await page.locator('#new-password-again').fill(CHANGED);
    await page.locator('form button[type=submit]').click();
    await page.locator('[role=alert]', { hasText: 'Le mot de passe actuel n' }).waitFor();
    await page.locator('#current-password').fill(RESET);
    await page.locator('form button[type=submit]').click();
    await page.locator('[role=status]', { hasText: 'Mot de passe changé' }).waitFor();
    await fitsWidth();
    await shot('9-mot-de-passe');
    await assertAccessible(page, 'mot de passe / password');
  });

  await step('le serveur le confirme : son rôle, ses mots de passe, son historique / the server confirms: her role, passwords, history', async () => {
    const admin = await signIn(ADMIN);
    const { person } = await graphql(admin, 'query($e: String!) { person(email: $e) { status memberships { role partnership { slug } } history(first: 20) { nodes { action } } } }', { e: PERSON });
    expect(person.status === 'ACTIVE', `status ${person.status}`);
    expect(person.memberships.length === 1 && person.memberships[0].role === 'THIRD_PARTNER', `memberships ${JSON.stringify(person.memberships)}`);
    const actions = person.history.nodes.map((n) => n.action);
    for (const action of ['AccountInvited', 'InvitationAccepted', 'MembershipChanged', 'ResetCodeIssued', 'PasswordReset', 'PasswordChanged']) {
      expect(actions.filter((a) => a === action).length === 1, `${action} in ${actions.join(', ')}`);
    }
    const { signIn: signedIn } = await graphql(admin, 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
      { i: { clientMutationId: crypto.randomUUID(), email: PERSON, password: CHANGED } });
    expect(signedIn.accessToken, 'sign-in with the changed password');
  });
} finally {
  await finish();
}
