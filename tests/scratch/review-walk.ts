import { chromium } from 'playwright-core';
import { findChromium } from '../support/chromium-path';
import { PHONE } from '../support/browser';

const BASE = 'http://localhost:3999';
(async () => {
  const launch = await findChromium();
  const browser = await chromium.launch({ ...launch, headless: true });
  const page = await (await browser.newContext(PHONE)).newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto(`${BASE}/inloggen`);
  await page.getByLabel('E-mailadres', { exact: true }).fill('marloes@lindehof.demo');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('welkom-marloes');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
  // 1. Notebook: change a note in place, type, Escape.
  await page.goto(`${BASE}/visitatie/fd6ce5cb-36a2-473a-922e-8822f751c7f2/notities`);
  await page.waitForLoadState('networkidle');
  console.log('notebook h1', await page.locator('main h1').textContent());
  const edit = page.getByRole('button', { name: /^Aanpassen/ }).first();
  if (await edit.count()) {
    const before = await page.locator('main').innerText();
    await edit.click();
    const box = page.getByLabel('Wat zie je?').nth(1);
    console.log('edit box focused?', await page.evaluate(() => document.activeElement?.tagName), await box.count());
    await page.keyboard.type(' extra');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    console.log('forms after Escape', await page.locator('form.note-form').count(), 'focus', await page.evaluate(() => document.activeElement?.textContent?.slice(0, 40)));
    console.log('unchanged list', (await page.locator('main').innerText()) === before);
    await page.screenshot({ path: '/tmp/shots/review-notebook.png' });
  } else console.log('no own notes to change');
  // 2. Member removal and change, then the privacy log.
  await page.goto(`${BASE}/organisatie/2f0f4a08-521d-4bfd-b643-9fd69fe7f28a`);
  await page.waitForLoadState('networkidle');
  const row = page.getByRole('row').filter({ hasText: 'Ruud' }).first();
  await row.getByRole('button', { name: /^Wijzigen/ }).click();
  const form = page.getByRole('form', { name: /Ruud/ });
  await form.getByLabel('Team').selectOption({ index: 0 });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('status').first().waitFor();
  console.log('status:', await page.getByRole('status').first().textContent());
  await page.goto(`${BASE}/privacy`);
  await page.waitForLoadState('networkidle');
  const rows = page.getByRole('row').filter({ hasText: /gewijzigd|verwijderd|verplaatst|Toestemming/ });
  for (let i = 0; i < Math.min(6, await rows.count()); i++) console.log('LOG', (await rows.nth(i).innerText()).replace(/\n/g, ' | '));
  console.log('scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
  await rows.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/review-privacy.png' });
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
