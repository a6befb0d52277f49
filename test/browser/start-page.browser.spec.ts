import { randomInt } from 'node:crypto';
import { callApi, expect, expectAccessible, expectNoHorizontalScroll, screenshot, tabToAndPress, test } from './support/stafett';
import type { Locator, Page } from '@playwright/test';

/** A date as the web front writes it: "20. mars 2026". */
const NORWEGIAN_DATE = /\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/;

/**
 * A Tenor synthetic national id (month + 80): belongs to nobody. Born 2021, individual numbers
 * 500-749; tries numbers until the mod-11 check digits work out.
 */
function syntheticChildId(): string {
  const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = `0485${'21'}${String(500 + randomInt(250))}`.split('').map(Number);
    const control = (weights: number[]) => (11 - (weights.reduce((sum, weight, i) => sum + weight * digits[i]!, 0) % 11)) % 11;
    const k1 = control(weights1);
    if (k1 === 10) continue;
    digits.push(k1);
    const k2 = control(weights2);
    if (k2 === 10) continue;
    return [...digits, k2].join('');
  }
}

/** A child of Skaun registered by the kindergarten, and an undring about it; returns the case id. */
async function undring(): Promise<string> {
  const { childId } = await callApi('/api/v1/children', 'demo-barnehage-leder', {
    subject: { kind: 'born', nationalId: syntheticChildId() },
    homeMunicipality: '5029',
    guardians: [],
  });
  const { caseId } = await callApi('/api/v1/concerns', 'demo-barnehage-leder', { childId, kommunenummer: '5029', observations: 'Trekker seg unna i lek.', since: '2026-01-10' });
  return caseId as string;
}

/**
 * The kindergarten's worklist as its leader finds it: an undring registered today waits for the
 * level-0 decision, and in another case the pedagogue, stafettholder at level 1, hands the baton to
 * the leader.
 */
test.beforeAll(async () => {
  await undring();
  const caseId = await undring();
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  await callApi(`/api/v1/concerns/${caseId}/conversation`, 'demo-barnehage-leder', {
    heldOn: today,
    participants: ['mor'],
    summarySharedWithGuardians: true,
    guardiansInformed: true,
    childInformed: true,
  });
  await callApi(`/api/v1/concerns/${caseId}/level-zero-decision`, 'demo-barnehage-leder', {
    outcome: 'level-1',
    reason: 'Tiltak i barnehagen.',
    stafettholderId: 'demo-barnehage-pedagog',
  });
  await callApi(`/api/v1/concerns/${caseId}/handover`, 'demo-barnehage-pedagog', { toPractitionerId: 'demo-barnehage-leder', familyWish: 'Ingen.' });
});

type Press = (page: Page, target: Locator) => Promise<void>;
const click: Press = (_page, target) => target.click();
const keyboard: Press = (page, target) => tabToAndPress(page, target);

/**
 * The first journey slice: sign in through the real OIDC flow (the development provider's page),
 * the unit's worklist with names and Norwegian dates, sign out here and at the provider.
 */
async function journey(page: Page, press: Press, shots: string): Promise<void> {
  const check = async (name: string) => {
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, `${shots}-${name}`);
  };

  await page.goto('/');
  await expect(page).toHaveURL(/\/logg-inn\?returnTo=%2F$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Stafett' })).toBeVisible();
  await expect(page).toHaveTitle('Logg inn i Stafett – Stafett');
  await check('1-logg-inn');

  await press(page, page.getByRole('link', { name: 'Logg inn' }));
  await expect(page).toHaveURL(/\/oidc\/interaction\//);
  await expect(page.getByRole('heading', { level: 2, name: 'Velg en demobruker' })).toBeVisible();
  await check('2-innloggingstjeneste');

  await press(page, page.getByRole('button', { name: /Kari \(demo\)/ }));
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeidsliste' })).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header).toContainText('Kari (demo)');
  await expect(header).toContainText('Solstråla barnehage (demo)');
  const decisions = page.getByRole('region', { name: /Undringer som venter på beslutning/ });
  await expect(decisions.getByRole('heading', { level: 2 })).toHaveText(/\((\d+)\)/);
  await expect(decisions.getByRole('listitem').first()).toContainText('Frist for beslutning');
  await expect(decisions.getByRole('listitem').first()).toContainText(NORWEGIAN_DATE);
  const handovers = page.getByRole('region', { name: /Stafettpinner som venter på å bli tatt imot/ });
  await expect(handovers.getByRole('listitem').first()).toContainText(/Fra\s*Ola \(demo\), Solstråla barnehage \(demo\)/);
  await expect(handovers.getByRole('listitem').first()).toContainText(/Til\s*Kari \(demo\), Solstråla barnehage \(demo\)/);
  await expect(handovers.getByRole('listitem').first()).toContainText(NORWEGIAN_DATE);
  for (const list of ['Tiltak som skal evalueres', 'Saker uten stafettholder', 'Samtykker som snart utløper']) {
    await expect(page.getByRole('region', { name: new RegExp(list) })).toBeVisible();
  }
  // Names, never ids, for units and people.
  await expect(page.locator('body')).not.toContainText(/demo-(barnehage|skole|helsestasjon|barnevern|nav|politi|koordinerende)/);
  await check('3-arbeidsliste');

  await press(page, page.getByRole('button', { name: 'Logg ut' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Logg ut av innloggingstjenesten' })).toBeVisible();
  await check('4-logg-ut-hos-innloggingstjenesten');
  await press(page, page.getByRole('button', { name: 'Fullfør utloggingen' }));
  await expect(page).toHaveURL(/\/logget-ut$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Du er logget ut' })).toBeVisible();
  await check('5-logget-ut');

  // The session is gone on the server: the worklist asks for sign-in again.
  await page.goto('/');
  await expect(page).toHaveURL(/\/logg-inn/);
}

test.describe('a kindergarten leader signs in, reads the worklist and signs out', () => {
  test('with a mouse on a desktop screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await journey(page, click, 'skrivebord');
  });

  test('with the keyboard alone', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await journey(page, keyboard, 'tastatur');
  });

  test('on a 320 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await journey(page, click, '320px');
  });
});

test('a page that does not exist says so in Norwegian, inside the signed-in layout', async ({ page }) => {
  await page.goto('/finnes-ikke');
  await expect(page).toHaveURL(/\/logg-inn\?returnTo=%2Ffinnes-ikke$/);
  await page.getByRole('link', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: /Ingrid \(demo\)/ }).click();
  await expect(page).toHaveURL(/\/finnes-ikke$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Siden finnes ikke' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'finnes-ikke');
});
