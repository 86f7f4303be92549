import { DEMO_PEOPLE } from '../../apps/api/src/modules/demo/demo-network.data';
import { newPageShown } from '../support/browser';
import { demoPassword, homeGreeting, useDemoBrowser } from '../support/demo-browser';
import { LOGIN } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';

/**
 * Issue #14: the home page of every demo person points to a real next step.
 * For each person of the demo (read from its cast, so a new one is covered)
 * the first suggestion under "Wat staat er voor je klaar" is followed as a
 * person would, and the page it opens must be a real page about that step:
 * no "page does not exist", no error, nothing still loading, and the subject
 * of the step (the session's question, the story's title, the partner of a
 * visit) on it; a step without a subject must lead to a list with items.
 */
describe('the demo: every home page points to a real next step', () => {
  const demo = useDemoBrowser({ loadDemo: true });

  /** The first person of each set of roles logs in through the login page; the others reuse the API's login. */
  const roles = (person: (typeof DEMO_PEOPLE)[number]) =>
    person.roles
      .map((r) => r.role)
      .sort()
      .join('+');
  const throughLoginPage = new Set(
    DEMO_PEOPLE.filter((person, i) => DEMO_PEOPLE.findIndex((other) => roles(other) === roles(person)) === i).map((p) => p.email),
  );

  // The people at once (up to jest's maxConcurrency, 5), each in a browser context of their own on the same demo:
  // they only read it, and while one waits for the app, another's page draws. Five at a time take longer each.
  it.concurrent.each(DEMO_PEOPLE.map((person) => [person.email]))(
    '%s: the first suggestion opens a page about it',
    async (email) => {
      const api = new GraphqlClient(demo.kring.url);
      await api.ok(LOGIN, { email, password: demoPassword(email) });
      const [first] = (await api.ok(`{ homeNextSteps { kind title } }`)).homeNextSteps as { kind: string; title: string | null }[];
      expect({ email, hasNextStep: !!first }).toEqual({ email, hasNextStep: true });

      const page = throughLoginPage.has(email)
        ? await demo.logIn(email, { landed: homeGreeting })
        : await demo.withSession(email, { api, landed: homeGreeting });
      try {
        const link = page.getByRole('region', { name: 'Wat staat er voor je klaar' }).getByRole('link').first();
        const [text, href] = [await link.textContent(), await link.getAttribute('href')];
        const homeHeading = await page.locator('main h1').first().textContent();
        await link.click();
        await page.waitForURL((url) => url.pathname + url.search === href);
        await newPageShown(page, homeHeading);

        const main = page.locator('main');
        // A live room draws its session once connected: give the subject a few seconds to appear.
        const aboutTheStep = first.title
          ? await main
              .getByText(first.title, { exact: false })
              .first()
              .waitFor({ timeout: 10_000 })
              .then(
                () => true,
                () => false,
              )
          : (await main.locator('li, .card').count()) > 0;
        const heading = await main.locator('h1').first().textContent();
        const report = {
          email,
          step: text,
          heading,
          notFound: heading === 'Deze pagina bestaat niet',
          errors: await main.locator('.alert--error').allTextContents(),
          aboutTheStep,
        };
        expect(report).toEqual({ email, step: text, heading, notFound: false, errors: [], aboutTheStep: true });
      } finally {
        await page.context().close();
      }
    },
    300_000,
  );
});
