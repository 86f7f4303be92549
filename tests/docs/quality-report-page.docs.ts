import { yearInNetherlands } from '@kring/domain';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { insertConversation, insertRelative, insertVisit, insertVisitNote } from '../support/activity-rows';
import { loadDemoPasswords, LOGIN } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { PLAN_SESSION } from '../support/session-fixtures';

/**
 * `npm run docs:quality-report`: the first page of the demo organisation's
 * quality-report PDF as docs/quality-report-page-1.png. It loads the demo
 * network, lets Zorgboerderij De Hoeve live a year (sessions, a practice, a
 * mirror conversation, a peer visit, a story) and renders the PDF's first
 * page with pdftoppm (poppler-utils). Not part of `npm test`.
 */
const OUT = path.resolve(__dirname, '../../docs/quality-report-page-1.png');
const year = yearInNetherlands();
const inYear = (month: number, day = 12) => new Date(Date.UTC(year, month - 1, day, 9));

async function as(kring: TestKring, passwords: Map<string, string>, email: string): Promise<GraphqlClient> {
  const client = new GraphqlClient(kring.url);
  await client.ok(LOGIN, { email, password: passwords.get(email)! });
  return client;
}

async function demoYear(kring: TestKring, passwords: Map<string, string>) {
  const id = async (sql: string, params: unknown[]) => (await kring.sql<{ id: string }>(sql, params))[0].id;
  const hoeve = await id(`SELECT id FROM organisation WHERE name = 'Zorgboerderij De Hoeve'`, []);
  const lindehof = await id(`SELECT id FROM organisation WHERE name = 'Kleinschalig wonen De Lindehof'`, []);
  const network = await id(`SELECT network_id AS id FROM organisation WHERE id = $1`, [hoeve]);
  const team = await id(`SELECT id FROM team WHERE organisation_id = $1 AND name = 'Team wonen'`, [hoeve]);
  const person = (email: string) => id(`SELECT id FROM person WHERE email = $1`, [email]);
  const [sanne, bram, fatima, marloes] = [
    await person('sanne@hoeve.demo'),
    await person('bram@hoeve.demo'),
    await person('fatima@hoeve.demo'),
    await person('marloes@lindehof.demo'),
  ];
  const moderator = await as(kring, passwords, 'sanne@hoeve.demo');

  const sessions: string[] = [];
  for (const [month, methodId] of [
    [2, 'incident_method'],
    [4, 'incident_method'],
    [6, 'dilemma_method'],
    [9, 'incident_method'],
  ] as const) {
    const planned = await moderator.ok(PLAN_SESSION, {
      input: {
        organisationId: hoeve,
        teamId: team,
        question: 'Hoe houden we de avonden rustig?',
        methodId,
        scheduledAt: inYear(month).toISOString(),
        place: 'Woonkamer',
        moderatorId: sanne,
        participantIds: [bram, fatima],
        lensIds: ['presence'],
      },
    });
    await kring.sql(`UPDATE reflection_session SET status = 'closed', started_at = $2, ended_at = $2 WHERE id = $1`, [
      planned.planSession.id,
      inYear(month),
    ]);
    sessions.push(planned.planSession.id);
  }
  for (const body of [
    'Vraag eerst wat iemand zelf wil, voordat we iets regelen.',
    'Rust in de avond begint bij rust in onszelf: één vaste collega aan tafel.',
  ]) {
    await moderator.ok(
      `mutation H($id: ID!, $body: String!) { addHarvestItem(input: { sessionId: $id, kind: insight, body: $body }) { items { id } } }`,
      { id: sessions[0], body },
    );
  }
  const practice = (
    await moderator.ok(
      `mutation P($id: ID!) { addPractice(input: { sessionId: $id, what: "Samen koken op zondag", who: "Team wonen" }) { practices { id } } }`,
      { id: sessions[0] },
    )
  ).addPractice.practices[0].id;
  await kring.sql(`UPDATE practice SET status = 'adopted' WHERE id = $1`, [practice]);
  // The moderator approves the reports once the harvest is in.
  await kring.sql(`UPDATE reflection_session SET report_approved_at = ended_at WHERE id = ANY($1::uuid[])`, [sessions]);
  await kring.sql(
    `INSERT INTO practice_review (organisation_id, practice_id, body, status, author_id) VALUES ($1, $2, 'Bewoners eten beter mee en blijven langer aan tafel.', 'adopted', $3)`,
    [hoeve, practice, sanne],
  );

  const conversation = await insertConversation(kring, {
    organisationId: hoeve,
    teamId: team,
    moderatorId: sanne,
    scheduledAt: inYear(3),
    status: 'approved',
    themes: [
      { themeId: 'being_at_home', summary: 'Naasten zien dat het gewone leven doorgaat: koffie op het erf, de krant, de dieren.' },
      {
        themeId: 'relatives_involvement',
        summary: 'Naasten willen vaker horen wat er op een gewone dag gebeurde, niet alleen als er iets mis is.',
      },
    ],
  });
  const relative = (name: string, scopes: Parameters<typeof insertRelative>[1]['scopes'], body: string) =>
    insertRelative(kring, {
      organisationId: hoeve,
      conversationId: conversation,
      name,
      pseudonym: `Naaste ${name[0]}`,
      scopes,
      statements: [{ body, inHarvest: true }],
    });
  await relative('Anna Visser', ['take_part', 'quote_anonymously', 'share_in_organisation'], 'Mijn moeder mag hier gewoon zichzelf zijn.');
  await relative(
    'Kees Smit',
    ['take_part', 'quote_anonymously', 'share_in_organisation'],
    'Ik hoor het liefst ook de kleine dingen van de dag.',
  );
  await relative('Lies de Boer', ['take_part'], 'Dit blijft binnen het gesprek.');
  await kring.sql(`UPDATE mirror_statement SET theme_ids = '{being_at_home}' WHERE body LIKE 'Mijn moeder%'`);
  await kring.sql(`UPDATE mirror_statement SET theme_ids = '{relatives_involvement}' WHERE body LIKE 'Ik hoor%'`);

  const visit = await insertVisit(kring, {
    networkId: network,
    hostId: hoeve,
    visitorId: lindehof,
    visitDate: `${year}-05-20`,
    reportStatus: 'closed',
    visibility: 'organisation',
    focusQuestion: 'Hoe houden we de avonden rustig?',
    summary: 'Een huis waar het contact voor de taken gaat; in de avond wordt het druk als iedereen tegelijk wil helpen.',
    hostReflection: 'We gaan de avondroutine samen met de bewoners opnieuw bekijken.',
  });
  await kring.sql(
    `INSERT INTO peer_visit_mirror_response (visit_id, network_id, organisation_id, topic_kind, topic_id, body) VALUES
       ($1, $2, $3, 'focus', 'focus', 'Minder mensen tegelijk in de keuken; één vaste collega aan tafel.'),
       ($1, $2, $3, 'question', 'is_care_good', 'Ja, en de avonden vragen aandacht.')`,
    [visit, network, hoeve],
  );
  for (const [body, findingType] of [
    ['Koffie aan de keukentafel', 'touched_us'],
    ['Wie beslist over het avondeten?', 'mirror_question'],
  ] as const) {
    await insertVisitNote(kring, { visitId: visit, networkId: network, hostId: hoeve, authorId: marloes, body, findingType });
  }
}

describe('docs: the quality report, first page', () => {
  let kring: TestKring;
  beforeAll(async () => {
    kring = await startTestKring();
  });
  afterAll(() => kring.close());

  it(`renders ${path.relative(process.cwd(), OUT)}`, async () => {
    const passwords = await loadDemoPasswords(kring);
    await demoYear(kring, passwords);
    const ingrid = await as(kring, passwords, 'ingrid@hoeve.demo');
    const [{ id: hoeve }] = await kring.sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Zorgboerderij De Hoeve'`);
    const response = await fetch(`${kring.url}/exports/quality-report/${hoeve}/${year}.pdf`, { headers: { cookie: ingrid.sessionCookie } });
    expect(response.status).toBe(200);
    const dir = mkdtempSync(path.join(tmpdir(), 'kring-docs-'));
    try {
      writeFileSync(path.join(dir, 'report.pdf'), Buffer.from(await response.arrayBuffer()));
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        path.join(dir, 'report.pdf'),
        OUT.replace(/\.png$/, ''),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
