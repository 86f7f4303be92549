import type { Page } from 'playwright-core';
import { conversationWithRelative } from '../integration/mirror-conversations.support';
import { PHONE } from '../support/browser';
import { fillLogIn, homeGreeting, useDemoBrowser } from '../support/demo-browser';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';

/**
 * The built web app under Kring's strict Content-Security-Policy, in a real
 * Chromium: the login page, home, the live room, a relative's page and the
 * offline notebook render, and the browser reports no CSP violation at all.
 */
describe('the built app under the Content-Security-Policy', () => {
  const demo = useDemoBrowser();

  /** Every violation the page reports (event and console), with the directive it broke. */
  async function watch(page: Page): Promise<string[]> {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    return violations;
  }

  it('renders login, home, the live room, a relative’s page and the notebook without one violation', async () => {
    const org = await teamWithPeople(demo.kring);
    const session = await planIncidentSession(org);
    const { conversationId, relativePath } = await conversationWithRelative(org.sanne.client, {
      organisationId: org.organisationId,
      teamId: org.teamId,
      moderatorId: org.sanne.personId,
      listenerIds: [org.bram.personId],
    });

    const staff = await (await demo.browser.newContext()).newPage();
    const staffViolations = await watch(staff);
    await staff.goto(`${demo.kring.url}/inloggen`);
    // Logged in by hand: the watch must be on the page before it first loads.
    await fillLogIn(staff, 'sanne@hoeve.test', 'een-veilig-wachtwoord');
    await homeGreeting(staff).waitFor();
    await staff.goto(`${demo.kring.url}/sessies/${session.id}/live`);
    await staff.getByRole('heading', { level: 1 }).first().waitFor();
    await staff.goto(`${demo.kring.url}/spiegelgesprekken/${conversationId}`);
    await staff.getByRole('heading', { level: 1 }).filter({ hasText: 'Voelt uw naaste zich hier thuis?' }).waitFor();
    await staff.goto(`${demo.kring.url}/visitatie/00000000-0000-4000-8000-000000000000/notities`);
    await staff.getByRole('heading', { level: 1 }).first().waitFor();

    const phone = await (await demo.browser.newContext(PHONE)).newPage();
    const phoneViolations = await watch(phone);
    await phone.goto(`${demo.kring.url}${relativePath}`);
    await phone.getByRole('heading', { level: 1 }).filter({ hasText: 'Uitnodiging voor een spiegelgesprek' }).waitFor();

    expect(staffViolations).toEqual([]);
    expect(phoneViolations).toEqual([]);
  });
});
