import { ReminderJob } from '../../apps/api/src/modules/notifications/reminders/reminder-job';
import { agreedVisit, demoNetwork } from '../integration/peer-visits-fixtures';
import { useDemoBrowser } from '../support/demo-browser';
import { PLAN_SESSION } from '../support/session-fixtures';

/**
 * Every link Kring generates in a run — in notifications, in the e-mails of
 * the outbox and in personal calendar feeds — opens a page of the built app,
 * never "Deze pagina bestaat niet". Links are collected from what Kring
 * really wrote, so a new kind of link is crawled without changing this test.
 */
describe('every generated link opens a page', () => {
  const demo = useDemoBrowser();

  /** Paths of absolute Kring links in a text (mails, feeds): the host of the run differs from the public address. */
  function paths(text: string): string[] {
    return [...text.matchAll(/https?:\/\/[^\s<>")]+/g)]
      .map((m) => new URL(m[0]).pathname + new URL(m[0]).search)
      .filter((p) => !p.startsWith('/calendar/'));
  }

  it('collects the links of a demo run and opens each one', async () => {
    const net = await demoNetwork(demo.kring);
    // A run: a session planned with invitations, a visit agreed for tomorrow whose report is handed over, a practice to look back on.
    const sanne = await net.as('sanne@hoeve.demo');
    const person = (email: string) => net.person(email);
    const [team] = await demo.kring.sql<{ id: string }>(`SELECT id FROM team WHERE organisation_id = $1 ORDER BY name LIMIT 1`, [
      net.organisations.hoeve,
    ]);
    const session = (
      await sanne.ok(PLAN_SESSION, {
        input: {
          organisationId: net.organisations.hoeve,
          teamId: team.id,
          question: 'Hoe houden we de avonden rustig?',
          methodId: 'incident_method',
          scheduledAt: new Date(Date.now() + 12 * 3600_000).toISOString(),
          place: 'Woonkamer',
          moderatorId: await person('sanne@hoeve.demo'),
          participantIds: [await person('bram@hoeve.demo')],
          lensIds: ['presence'],
        },
      })
    ).planSession;
    await demo.kring.sql(`UPDATE session_participant SET invited_at = now() - interval '2 days' WHERE session_id = $1`, [session.id]);
    const visitId = await agreedVisit(net);
    await demo.kring.sql(
      `UPDATE peer_visit SET visit_date = (now() + interval '1 day')::date, report_status = 'with_host', handed_to_host_at = now() WHERE id = $1`,
      [visitId],
    );
    await demo.kring.sql(
      `INSERT INTO practice (organisation_id, team_id, session_id, what, who, look_back_on, created_by) VALUES ($1, $2, $3, 'Samen koken op zondag', 'Team', (now() - interval '1 day')::date, $4)`,
      [net.organisations.hoeve, team.id, session.id, await person('sanne@hoeve.demo')],
    );
    await demo.kring.app.get(ReminderJob).run(new Date(Date.now() + 60_000));

    const links = new Set<string>();
    for (const { link } of await demo.kring.sql<{ link: string }>(`SELECT DISTINCT link FROM notification`)) links.add(link);
    await demo.kring.mailDelivered();
    for (const { body } of await demo.kring.sql<{ body: string }>(`SELECT body FROM outbox_mail`)) paths(body).forEach((p) => links.add(p));
    for (const email of ['bram@hoeve.demo', 'ingrid@hoeve.demo', 'sanne@hoeve.demo', 'els@lindehof.demo']) {
      const { createCalendarFeed } = await (await net.as(email)).ok(`mutation { createCalendarFeed { url } }`);
      const feed = await (await fetch(createCalendarFeed.url.replace(/^https?:\/\/[^/]+/, demo.kring.url))).text();
      // iCalendar folds long lines (CRLF + space); unfold before reading URL properties.
      paths(feed.replace(/\r\n[ \t]/g, '')).forEach((p) => links.add(p));
    }
    // A run worth the name: links of notifications, mails and feeds, of sessions, visits, reports and practices.
    expect([...links].some((l) => l.startsWith('/sessies/'))).toBe(true);
    expect([...links].some((l) => l.endsWith('/spiegelrapport'))).toBe(true);
    expect([...links].some((l) => l.startsWith('/leren'))).toBe(true);
    expect([...links].some((l) => /^\/visitatie\/[^/]+$/.test(l))).toBe(true);

    const page = await demo.logIn('ingrid@hoeve.demo');
    const dead: string[] = [];
    for (const link of [...links].sort()) {
      await page.goto(`${demo.kring.url}${link}`);
      await page.waitForLoadState('networkidle');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if ((await page.getByRole('heading', { name: 'Deze pagina bestaat niet' }).count()) > 0) dead.push(link);
    }
    expect(dead).toEqual([]);
  });
});
