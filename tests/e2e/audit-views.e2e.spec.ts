import type { Page } from 'playwright-core';
import { mainHeading, useDemoBrowser } from '../support/demo-browser';
import { agreedVisit, demoNetwork } from '../integration/peer-visits-fixtures';

/**
 * A person who opens a report reads it once, and the audit log says so once
 * (issue #12: every report view was logged twice). The page reads the report
 * again after the reader's own changes and on a language switch; those
 * re-reads are the same view. Needs the built web app (apps/web/dist).
 */
describe('the audit log counts a report view once', () => {
  const demo = useDemoBrowser();
  let visitId: string;
  beforeAll(async () => {
    visitId = await agreedVisit(await demoNetwork(demo.kring));
  });

  const logIn = (email: string, name: string): Promise<Page> =>
    demo.logIn(email, { landed: (page) => mainHeading(page, new RegExp(`${name}$`)) });

  const reads = async () =>
    demo.kring.sql<{ person: string; n: number }>(
      `SELECT p.email AS person, count(*)::int AS n FROM audit_event e JOIN person p ON p.id = e.person_id
       WHERE e.action = 'mirror_report_read' AND e.subject_id = $1 GROUP BY p.email ORDER BY p.email`,
      [visitId],
    );

  it('writes one mirror_report_read per person for one view, also when the page reads it again in another language', async () => {
    const host = await logIn('ingrid@hoeve.demo', 'Ingrid Jansen');
    const requests: string[] = [];
    host.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postData()?.includes('query MirrorReport(')) requests.push(r.url());
    });
    await host.goto(`${demo.kring.url}/visitatie/${visitId}/spiegelrapport`);
    await host.getByRole('heading', { level: 1, name: /Spiegelrapport/ }).waitFor();
    await host.getByRole('button', { name: 'English' }).click();
    await host.getByRole('heading', { level: 1, name: /Mirror report/ }).waitFor();
    await host.waitForLoadState('networkidle');
    // The page asked more than once (at least once per language) …
    expect(requests.length).toBeGreaterThanOrEqual(2);

    const visitor = await logIn('marloes@lindehof.demo', 'Marloes Visser');
    await visitor.goto(`${demo.kring.url}/visitatie/${visitId}/spiegelrapport`);
    await visitor.getByRole('heading', { level: 1, name: /Spiegelrapport/ }).waitFor();
    await visitor.waitForLoadState('networkidle');

    // … and the log has one view per person.
    expect(await reads()).toEqual([
      { person: 'ingrid@hoeve.demo', n: 1 },
      { person: 'marloes@lindehof.demo', n: 1 },
    ]);
  });
});
