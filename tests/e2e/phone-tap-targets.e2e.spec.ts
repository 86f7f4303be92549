import type { Page } from 'playwright-core';
import { settled } from '../../scripts/screenshots/steps';
import { PHONE } from '../support/browser';
import { homeGreeting, useDemoBrowser } from '../support/demo-browser';

/**
 * On a 360 px phone everything one taps is at least 40 px tall (the walk of 3 December found choices 26 px tall: a
 * line of text, with a 20 px box, one under the other). Checked on demo screens with many choices and fold-outs,
 * as a care worker, a moderator and an entrepreneur: every checkbox and radio button's label, every fold-out's
 * summary and the header's language switch.
 */

const MIN_TAP = 40;

/** Every visible tap target of these kinds that is lower than MIN_TAP, described so a failure names it. */
async function tooSmall(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const targets = [
      ...Array.from(document.querySelectorAll('label')).filter((label) => label.querySelector('input[type=checkbox], input[type=radio]')),
      ...Array.from(document.querySelectorAll('summary, .language-switch__option')),
    ];
    return targets
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.height < min;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}": ${Math.round(el.getBoundingClientRect().height)} px`,
      );
  }, MIN_TAP);
}

/**
 * Every visible link that stands on its own (the nearest block around it holds no other text: a paragraph that is
 * only a link, a list of links, section jumps, a card's title, the link beside a button) and is lower than MIN_TAP.
 * Links inside running text are left out: they are part of a sentence, not a target of their own.
 */
async function standaloneLinksTooSmall(page: Page): Promise<{ found: number; tooSmall: string[] }> {
  return page.evaluate((min) => {
    const standalone = Array.from(document.querySelectorAll('main a')).filter((a) => {
      const box = a.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      let block = a.parentElement!;
      while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
      const rest = block.cloneNode(true) as HTMLElement;
      rest.querySelectorAll('a, button').forEach((el) => el.remove());
      return (rest.textContent ?? '').replace(/[\s·]+/g, '') === '';
    });
    return {
      found: standalone.length,
      tooSmall: standalone
        .filter((a) => a.getBoundingClientRect().height < min)
        .map((a) => `a "${(a.textContent ?? '').trim().slice(0, 40)}": ${Math.round(a.getBoundingClientRect().height)} px`),
    };
  }, MIN_TAP);
}

describe('tap targets on a 360 px phone', () => {
  const demo = useDemoBrowser({ loadDemo: true });

  it.each([
    ['bram@hoeve.demo', '/verhalen/nieuw', 'Nieuw verhaal'],
    ['bram@hoeve.demo', '/bibliotheek', 'Bibliotheek'],
    ['bram@hoeve.demo', '/meldingen', 'Meldingen'],
    ['sanne@hoeve.demo', '/sessies/nieuw', 'Sessie plannen'],
    ['ingrid@hoeve.demo', '/patronen', 'Patronen'],
  ])('%s on %s: every choice, fold-out and language button is at least 40 px tall', async (email, path, title) => {
    const page = await demo.logIn(email, { device: PHONE, landed: homeGreeting });
    await page.goto(`${demo.kring.url}${path}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await settled(page);
    // The page has such targets at all (else the check proves nothing), none too small, and nothing scrolls sideways.
    expect(await page.locator('summary, label:has(input[type=checkbox]), label:has(input[type=radio])').count()).toBeGreaterThan(0);
    expect(await tooSmall(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await page.context().close();
  });

  it('every link that stands on its own is at least 40 px tall, on the screens of a moderator, care workers and an entrepreneur', async () => {
    const [planned] = await demo.kring.sql<{ id: string }>(
      `SELECT s.id FROM reflection_session s JOIN person p ON p.id = s.moderator_id WHERE s.status = 'planned' AND p.email = 'sanne@hoeve.demo'`,
    );
    const [hoeveCase] = await demo.kring.sql<{ id: string }>(
      `SELECT c.id FROM case_file c JOIN organisation o ON o.id = c.organisation_id WHERE o.name = 'Zorgboerderij De Hoeve' ORDER BY c.created_at LIMIT 1`,
    );
    const [closedVisit] = await demo.kring.sql<{ id: string }>(
      `SELECT v.id FROM peer_visit v JOIN organisation o ON o.id = v.organisation_id WHERE o.name = 'Zorgboerderij De Hoeve' AND v.report_status = 'closed' LIMIT 1`,
    );
    // A notification for Els to look at (the demo's own come from a job that may not have run yet), about a practice of
    // hers that exists: the bell shows only what still holds.
    const [told] = await demo.kring.sql<{ id: string }>(
      `INSERT INTO notification (organisation_id, person_id, kind, subject_id, due_key, params, link)
       SELECT m.organisation_id, p.id, 'look_back_due', pr.id, '2026-11-21', '{"team": "Team Lindehof", "when": "2026-11-21"}', '/leren'
       FROM person p JOIN membership m ON m.person_id = p.id JOIN practice pr ON pr.organisation_id = m.organisation_id
       WHERE p.email = 'els@lindehof.demo' LIMIT 1 RETURNING id`,
    );
    expect(told).toBeDefined();
    const screens: [string, string[]][] = [
      ['sanne@hoeve.demo', ['/', `/sessies/${planned.id}`, `/casussen/${hoeveCase.id}`, '/methoden', '/waarden']],
      ['bram@hoeve.demo', ['/bibliotheek', '/verhalen']],
      ['ingrid@hoeve.demo', ['/visitaties', `/visitatie/${closedVisit.id}/spiegelrapport`]],
      ['els@lindehof.demo', ['/meldingen']],
    ];
    for (const [email, paths] of screens) {
      const page = await demo.logIn(email, { device: PHONE, landed: homeGreeting });
      for (const path of paths) {
        await page.goto(`${demo.kring.url}${path}`);
        await settled(page);
        const { found, tooSmall } = await standaloneLinksTooSmall(page);
        // Each screen has such links (else the check proves nothing), and none is too small to tap.
        expect({ path, some: found > 0, tooSmall }).toEqual({ path, some: true, tooSmall: [] });
      }
      await page.context().close();
    }
  });

  it('a long name in one word (a team of 60 letters) wraps on the organisation page instead of pushing it sideways', async () => {
    const longName = 'Zorgboerderijdagbestedingsteamvoordeochtendploegenmiddagploeg';
    const [hoeve] = await demo.kring.sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Zorgboerderij De Hoeve'`);
    await demo.kring.sql(`INSERT INTO team (organisation_id, name) VALUES ($1, $2)`, [hoeve.id, longName]);
    const page = await demo.logIn('ingrid@hoeve.demo', { device: PHONE, landed: homeGreeting });
    await page.goto(`${demo.kring.url}/organisatie/${hoeve.id}`);
    await settled(page);
    await page.getByText(longName).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await page.context().close();
  });

  it('the privacy log shows what happened (its "Wat") on the phone itself, without scrolling the table sideways', async () => {
    const page = await demo.logIn('ingrid@hoeve.demo', { device: PHONE, landed: homeGreeting });
    await page.goto(`${demo.kring.url}/privacy`);
    const log = page.locator('[role=region][aria-label="Logboek"]');
    await log.locator('tbody tr').first().waitFor();
    await settled(page);
    // Every cell of the newest event, "Wat" (the third) among them, ends within the screen, and the log does not scroll sideways.
    const cells = await log
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((all) => all.map((cell) => ({ text: cell.textContent, right: Math.round(cell.getBoundingClientRect().right) })));
    expect(cells).toHaveLength(4);
    expect(cells.filter((cell) => cell.right > PHONE.viewport.width)).toEqual([]);
    expect(await log.evaluate((region) => ({ scrolls: region.scrollWidth > region.clientWidth }))).toEqual({ scrolls: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await page.context().close();
  });

  it("the moderator's phase jumps and controls in the live room are at least 40 px tall", async () => {
    const [live] = await demo.kring.sql<{ id: string }>(`SELECT id FROM reflection_session WHERE status = 'live'`);
    const page = await demo.logIn('ahmed@lindehof.demo', { device: PHONE, landed: homeGreeting });
    await page.goto(`${demo.kring.url}/sessies/${live.id}/live`);
    const controls = page.getByRole('region', { name: 'Bediening voor de gespreksleider' }).getByRole('button');
    await controls.first().waitFor();
    const jumps = page.getByRole('navigation', { name: 'Fasen van de sessie' }).getByRole('button');
    // Something to tap in both (else the check proves nothing), and each at least MIN_TAP tall.
    expect(await jumps.count()).toBeGreaterThan(0);
    expect(await controls.count()).toBeGreaterThan(0);
    const heights = async (buttons: typeof jumps) =>
      (
        await buttons.evaluateAll((all) => all.map((b) => `${b.textContent?.trim()}: ${Math.round(b.getBoundingClientRect().height)}`))
      ).filter((line) => Number(line.split(': ').pop()) < MIN_TAP);
    expect(await heights(jumps)).toEqual([]);
    expect(await heights(controls)).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['peter@kompas.demo', 'organisation', 'Leden', /^(Wijzigen|Verwijderen):/],
    ['marloes@lindehof.demo', 'mirror', 'Uitgenodigd', 'Nieuwe link'],
  ])('%s: the list of people (%s) is a column of cards, each fact named, its buttons on the screen', async (email, place, list, button) => {
    const [organisation] = await demo.kring.sql<{ id: string }>(
      `SELECT o.id FROM organisation o JOIN membership m ON m.organisation_id = o.id JOIN person p ON p.id = m.person_id WHERE p.email = $1 AND m.role = 'administrator' LIMIT 1`,
      [email],
    );
    const [conversation] = await demo.kring.sql<{ id: string }>(
      `SELECT c.id FROM mirror_conversation c JOIN mirror_participant p ON p.conversation_id = c.id WHERE c.organisation_id = $1 LIMIT 1`,
      [organisation.id],
    );
    const page = await demo.logIn(email, { device: PHONE, landed: homeGreeting });
    await page.goto(`${demo.kring.url}${place === 'mirror' ? `/spiegelgesprekken/${conversation.id}` : `/organisatie/${organisation.id}`}`);
    // The list's own scrolling region (inside a section that may carry the same name).
    const region = page.getByRole('region', { name: list }).last();
    await region.getByRole('row').nth(1).waitFor();
    await settled(page);
    // Still a table to a screen reader: a header per column, a row header and cells per person.
    expect(await region.getByRole('columnheader').count()).toBeGreaterThan(2);
    const first = region.getByRole('row').nth(1);
    expect(await first.getByRole('rowheader').count()).toBe(1);
    expect(await first.getByRole('cell').count()).toBeGreaterThan(1);
    // On the screen: nothing to scroll sideways, each fact under its column's name, every row's buttons within reach.
    expect(await region.evaluate((r) => r.scrollWidth - r.clientWidth)).toBe(0);
    const label = await first
      .locator('td[data-label]')
      .first()
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(label).toMatch(/: /);
    const rights = await region
      .getByRole('button', { name: button })
      .evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().right)));
    expect(rights.length).toBeGreaterThan(0);
    expect(rights.filter((right) => right > PHONE.viewport.width)).toEqual([]);
    await page.context().close();
  });
});
