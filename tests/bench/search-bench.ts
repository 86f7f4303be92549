/**
 * Library search benchmark: `npm run bench:search` (root), flags
 * --fragments N (100000) --rounds R (10) --deadline-s S (600).
 *
 * Runs from the TypeScript sources through bench/swc-register.js. It starts
 * its own embedded PostgreSQL in a temporary folder, applies the real
 * migrations, and seeds N Dutch fragments into the community library —
 * generated from word lists with a fixed seed (no downloads), spread over
 * twenty organisations in one learning network (and two outside it), as
 * lessons, stories and cases with their consent rows, so every search runs
 * the same permission and consent checks as in production. It then runs a
 * set of Dutch queries R times each through LibrarySearchService (the
 * production SQL: `dutch` text search, GIN index, ts_rank, ts_headline) and
 * the same queries as a baseline with ILIKE and the same permission checks,
 * and prints p50/p95 latency of both, their ratio, and the sizes of the GIN
 * index and the table. Everything stops by itself.
 */
import { infinitivesIn, LIBRARY_LIMITS, searchWithInfinitives } from '@kring/domain';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AuditService } from '../../apps/api/src/engine/audit/audit.service';
import { startEmbeddedPostgres } from '../../apps/api/src/engine/database/embedded-postgres';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';
import type {
  CaseFileRow,
  HarvestItemRow,
  LearningNetworkRow,
  LocationRow,
  OrganisationRow,
  PersonRow,
  ReflectionSessionRow,
  StoryRow,
  TeamRow,
} from '../../apps/api/src/engine/database/tables.generated';
import { ITEM_FROM, SearchContext, SHARED_WITH, visibleItem } from '../../apps/api/src/modules/library/library-rows';
import { allowedForReader } from '../../apps/api/src/modules/library/library-sources';
import { LibrarySearchService } from '../../apps/api/src/modules/library/library-search.service';

interface Options {
  fragments: number;
  rounds: number;
  deadlineS: number;
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`);
    if (index < 0) return fallback;
    const parsed = Number(argv[index + 1]);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} needs a positive whole number`);
    return parsed;
  };
  return { fragments: value('fragments', 100_000), rounds: value('rounds', 10), deadlineS: value('deadline-s', 600) };
}

/** A small, fixed-seed random source (mulberry32), so every run seeds the same library. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = {
  who: [
    'De bewoner',
    'Mevrouw',
    'Meneer',
    'Een naaste',
    'Haar dochter',
    'Zijn zoon',
    'Het team',
    'Een begeleider',
    'De zorgondernemer',
    'Een nieuwe collega',
    'De bewoners',
    'De buurvrouw',
    'Een vrijwilliger',
    'De nachtdienst',
  ],
  did: [
    'wandelde',
    'wandelt',
    'kookte',
    'kookt',
    'luisterde',
    'zong',
    'vertelde',
    'hielp',
    'werkte',
    'rustte',
    'lachte',
    'praatte',
    'maakte soep',
    'speelde',
    'fietste',
    'tuinierde',
    'belde',
    'schilderde',
    'bakte brood',
    'dekte de tafel',
    'voerde de kippen',
    'zat stil',
  ],
  where: [
    'met de kippen',
    'in de moestuin',
    'aan de keukentafel',
    'met de hond',
    'in de woonkamer',
    'langs het weiland',
    'bij de schuur',
    'op het erf',
    'in de kas',
    'bij het raam',
    'in de gang',
    'op de veranda',
  ],
  when: [
    'na het ontbijt',
    "'s avonds",
    'op zondag',
    'tijdens de koffie',
    'in de nacht',
    'bij het avondeten',
    'voor het slapengaan',
    'na de lunch',
    'op haar verjaardag',
    'in de vroege ochtend',
  ],
  then: [
    'Dat gaf rust.',
    'Zo voelde het als thuis.',
    'We merkten dat het eigen ritme belangrijk is.',
    'Niet iedereen wilde meedoen, en dat mocht.',
    'We spraken af de regel over bezoektijden los te laten.',
    'De naasten voelden zich welkom.',
    'Er was onrust, en we zochten samen wat er speelde.',
    'Het levensverhaal hielp ons om het te begrijpen.',
    'Zou je dat thuis ook doen? Waarschijnlijk niet.',
    'Een vast rooster bleek niet te passen.',
    'Muziek van vroeger maakte veel los.',
    'De dementie maakte het lastig, maar het contact bleef.',
    'We vroegen eerst wat zij zelf wilde.',
    'Het formulier leek belangrijker dan het gesprek.',
    'Samen eten bracht iedereen aan tafel.',
    'Douchen ging beter toen we het tempo van meneer volgden.',
  ],
  title: [
    'Samen op pad',
    'Een gewone avond',
    'Rust in de nacht',
    'Koken op zondag',
    'Het eigen ritme',
    'Welkom aan tafel',
    'Regels loslaten',
    'Muziek van vroeger',
    'Wat zij zelf wil',
    'Een nieuw hoofdstuk',
  ],
};

function fragment(next: () => number): { title: string; body: string } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const sentences = Array.from({ length: 2 + Math.floor(next() * 3) }, () =>
    next() < 0.55 ? `${pick(WORDS.who)} ${pick(WORDS.did)} ${pick(WORDS.where)} ${pick(WORDS.when)}.` : pick(WORDS.then),
  );
  return { title: pick(WORDS.title), body: sentences.join(' ') };
}

/** Everyday searches of a team: single words, inflected forms, phrases, OR, exclusion. */
const QUERIES = [
  'bewoner',
  'wandelde',
  'kippen',
  'samen koken',
  'avondeten onrust',
  'naasten welkom',
  'regels loslaten',
  '"eigen ritme"',
  'dementie contact',
  'douchen -nacht',
  'muziek OR zingen',
  'levensverhaal',
  'nachtdienst rust',
  'formulier gesprek',
  'moestuin zondag',
  'verjaardag',
];

const ORGANISATION_KINDS = ['small_home', 'care_farm', 'family_home', 'day_activities'];
const CLIENT_GROUPS = ['older_people', 'dementia', 'disability', 'youth', 'psychiatry'];

/** Twenty organisations in one network and two outside it, each with a team, a moderator and an approved session. */
async function seedOrganisations(db: Client) {
  const [network] = (
    await db.query<Pick<LearningNetworkRow, 'id'>>(`INSERT INTO learning_network (name) VALUES ('Benchmark netwerk') RETURNING id`)
  ).rows;
  const organisations: { id: string; teamId: string; personId: string; sessionId: string }[] = [];
  for (let i = 0; i < 22; i++) {
    const [org] = (
      await db.query<Pick<OrganisationRow, 'id'>>(
        `INSERT INTO organisation (name, kind, client_groups, network_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [
          `Organisatie ${i}`,
          ORGANISATION_KINDS[i % ORGANISATION_KINDS.length],
          [CLIENT_GROUPS[i % CLIENT_GROUPS.length], CLIENT_GROUPS[(i + 2) % CLIENT_GROUPS.length]],
          i < 20 ? network.id : null,
        ],
      )
    ).rows;
    const [location] = (
      await db.query<Pick<LocationRow, 'id'>>(
        `INSERT INTO location (organisation_id, name, kind) VALUES ($1, 'Locatie', $2) RETURNING id`,
        [org.id, i % 2 ? 'residence' : 'care_farm'],
      )
    ).rows;
    const [team] = (
      await db.query<Pick<TeamRow, 'id'>>(`INSERT INTO team (organisation_id, location_id, name) VALUES ($1, $2, 'Team') RETURNING id`, [
        org.id,
        location.id,
      ])
    ).rows;
    const [person] = (
      await db.query<Pick<PersonRow, 'id'>>(
        `INSERT INTO person (email, display_name, password_hash) VALUES ($1, 'Gespreksleider', 'x') RETURNING id`,
        [`bench${i}@kring.test`],
      )
    ).rows;
    const [session] = (
      await db.query<Pick<ReflectionSessionRow, 'id'>>(
        `INSERT INTO reflection_session (organisation_id, team_id, title, method_id, method_version, method_snapshot, scheduled_at, duration_minutes, moderator_id, status, report_approved_at)
         VALUES ($1, $2, 'Bijeenkomst', 'incident_method', 1, '{}', now(), 60, $3, 'closed', now()) RETURNING id`,
        [org.id, team.id, person.id],
      )
    ).rows;
    organisations.push({ id: org.id, teamId: team.id, personId: person.id, sessionId: session.id });
  }
  return organisations;
}

/**
 * The fragments, in batches: 80 % lessons, 10 % approved stories with the
 * storyteller's consent, 10 % cases with the resident's consent; 85 % shared
 * with the network, the rest with the own organisation only.
 */
async function seedFragments(
  db: Client,
  organisations: Awaited<ReturnType<typeof seedOrganisations>>,
  count: number,
  next: () => number,
): Promise<void> {
  const BATCH = 5_000;
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => {
      const org = organisations[Math.floor(next() * organisations.length)];
      const { title, body } = fragment(next);
      const roll = next();
      const kind = roll < 0.8 ? 'lesson' : roll < 0.9 ? 'story' : 'case';
      return { org, title, body, kind, audience: next() < 0.85 ? 'network' : 'organisation', n: start + i };
    });
    await db.query('BEGIN');
    // Sources first, each kind with what allows it to be shown.
    const lessons = rows.filter((r) => r.kind === 'lesson');
    const lessonIds = (
      await db.query<Pick<HarvestItemRow, 'id'>>(
        `INSERT INTO harvest_item (organisation_id, session_id, kind, body) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) RETURNING id`,
        [lessons.map((r) => r.org.id), lessons.map((r) => r.org.sessionId), lessons.map(() => 'insight'), lessons.map((r) => r.body)],
      )
    ).rows.map((r) => r.id);
    const stories = rows.filter((r) => r.kind === 'story');
    const storyIds = (
      await db.query<Pick<StoryRow, 'id'>>(
        `INSERT INTO story (organisation_id, team_id, author_id, title, body, storyteller_name, check_status, approved_revision, approved_at)
         SELECT o, t, a, ti, b, 'Verteller', 'approved', 1, now() FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS x(o, t, a, ti, b) RETURNING id`,
        [
          stories.map((r) => r.org.id),
          stories.map((r) => r.org.teamId),
          stories.map((r) => r.org.personId),
          stories.map((r) => r.title),
          stories.map((r) => r.body),
        ],
      )
    ).rows.map((r) => r.id);
    await db.query(
      `INSERT INTO story_consent (organisation_id, story_id, audience, given_via) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
      [stories.map((r) => r.org.id), storyIds, stories.map((r) => r.audience), stories.map(() => 'link')],
    );
    const cases = rows.filter((r) => r.kind === 'case');
    const caseIds = (
      await db.query<Pick<CaseFileRow, 'id'>>(
        `INSERT INTO case_file (organisation_id, team_id, author_id, code, display_pseudonym, title) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[]) RETURNING id`,
        [
          cases.map((r) => r.org.id),
          cases.map((r) => r.org.teamId),
          cases.map((r) => r.org.personId),
          cases.map((r) => `C-B${r.n}`),
          cases.map(() => 'Bewoner B.'),
          cases.map((r) => r.title),
        ],
      )
    ).rows.map((r) => r.id);
    await db.query(
      `INSERT INTO case_consent (organisation_id, case_id, scope, given_by, form, given_on) SELECT o, c, s, 'resident', 'standard', current_date FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(o, c, s)`,
      [cases.map((r) => r.org.id), caseIds, cases.map((r) => (r.audience === 'network' ? 'share_in_network' : 'share_in_organisation'))],
    );
    const sourceIds = [...lessonIds, ...storyIds, ...caseIds];
    const ordered = [...lessons, ...stories, ...cases];
    await db.query(
      `INSERT INTO library_item (organisation_id, source_kind, source_id, source_revision, audience, team_id, title, body, search_extra, value_ids)
       SELECT o, k, s, CASE WHEN k = 'story' THEN 1 END, a, t, ti, b, e, '{}' FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[]) AS x(o, k, s, a, t, ti, b, e)`,
      [
        ordered.map((r) => r.org.id),
        ordered.map((r) => r.kind),
        sourceIds,
        ordered.map((r) => r.audience),
        ordered.map((r) => r.org.teamId),
        ordered.map((r) => r.title),
        ordered.map((r) => r.body),
        ordered.map((r) => infinitivesIn(`${r.title} ${r.body}`)),
      ],
    );
    await db.query('COMMIT');
    process.stdout.write(`\r  ${Math.min(start + BATCH, count).toLocaleString('nl-NL')} fragmenten`);
  }
  process.stdout.write('\n');
}

/**
 * The baseline: the same result shape and the same permission and consent
 * checks, but every search word as a substring (ILIKE) of title or body,
 * without the full-text index or stemming, newest first.
 */
async function baselineSearch(db: Client, context: SearchContext, query: string): Promise<number> {
  const words = query
    .replace(/"/g, '')
    .split(/\s+/)
    .filter((w) => w && w !== 'OR' && !w.startsWith('-'));
  const conditions = words.map((_, i) => `(li.title ILIKE $${i + 4} OR li.body ILIKE $${i + 4})`).join(' AND ');
  const { rows } = await db.query(
    `SELECT li.id, li.title, left(li.body, 240) AS snippet FROM (
       SELECT li.* FROM ${ITEM_FROM} WHERE ${SHARED_WITH} AND ${conditions} ORDER BY li.shared_at DESC, li.id OFFSET 0
     ) li WHERE ${allowedForReader('NULL')} ORDER BY li.shared_at DESC, li.id LIMIT $3`,
    [context.ownOrganisationId, context.networkId, LIBRARY_LIMITS.results + 1, ...words.map((w) => `%${w}%`)],
  );
  return rows.length;
}

/** How many matches the context may see, for the overview (counted once, outside the timings). */
async function visibleMatches(db: Client, context: SearchContext, condition: string, params: unknown[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${ITEM_FROM} WHERE ${visibleItem('NULL')} AND ${condition}`,
    [context.ownOrganisationId, context.networkId, ...params],
  );
  return rows[0].n;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-search-bench-'));
  const deadline = setTimeout(() => {
    console.error(`Afgebroken: de benchmark duurde langer dan ${o.deadlineS} s.`);
    process.exit(2);
  }, o.deadlineS * 1000);
  deadline.unref();
  console.log(
    `Zoekbenchmark van de bibliotheek: ${o.fragments.toLocaleString('nl-NL')} fragmenten, ${QUERIES.length} zoekvragen × ${o.rounds} rondes`,
  );
  const pg = await startEmbeddedPostgres(dir, 'kring_search_bench').catch((error: unknown) => {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const db = new Client({ connectionString: pg.url });
  try {
    await runMigrations(pg.url);
    await db.connect();
    const next = random(20261122);
    const seeding = performance.now();
    const organisations = await seedOrganisations(db);
    await seedFragments(db, organisations, o.fragments, next);
    await db.query('VACUUM ANALYZE library_item');
    console.log(`  gevuld in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    // The production search, with a minimal stand-in for TypeORM's DataSource (the service only calls query).
    const dataSource = { query: async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows } as unknown as DataSource;
    const service = new LibrarySearchService(dataSource, {} as AuditService);
    const context: SearchContext = {
      ownOrganisationId: organisations[0].id,
      networkId: (
        await db.query<Pick<OrganisationRow, 'network_id'>>(`SELECT network_id FROM organisation WHERE id = $1`, [organisations[0].id])
      ).rows[0].network_id,
      // A reader who shared none of the items: what the organisation's colleagues see.
      readerId: null,
    };

    const timings = { search: [] as number[], baseline: [] as number[] };
    const matches: Record<string, [number, number]> = {};
    for (const query of QUERIES) {
      const expanded = searchWithInfinitives(query);
      const words = query
        .replace(/"/g, '')
        .split(/\s+/)
        .filter((w) => w && w !== 'OR' && !w.startsWith('-'));
      matches[query] = [
        await visibleMatches(
          db,
          context,
          `li.search_vector @@ (websearch_to_tsquery('dutch', $3) || websearch_to_tsquery('dutch', coalesce($4, $3)))`,
          [query, expanded],
        ),
        await visibleMatches(
          db,
          context,
          words.map((_, i) => `(li.title ILIKE $${i + 3} OR li.body ILIKE $${i + 3})`).join(' AND '),
          words.map((w) => `%${w}%`),
        ),
      ];
    }
    for (let round = 0; round < o.rounds; round++) {
      for (const query of QUERIES) {
        let started = performance.now();
        await service.search(context, { query, valueIds: [], organisationKinds: [], locationKinds: [], clientGroups: [], sourceKinds: [] });
        timings.search.push(performance.now() - started);
        started = performance.now();
        await baselineSearch(db, context, query);
        timings.baseline.push(performance.now() - started);
      }
    }
    // pg hands bigint back as text: the sizes and the count are strings.
    const [sizes] = (
      await db.query<{ gin: string; gin_pretty: string; heap: string; heap_pretty: string; total_pretty: string; items: string }>(
        `SELECT pg_relation_size('library_item_search_idx') AS gin, pg_size_pretty(pg_relation_size('library_item_search_idx')) AS gin_pretty,
                pg_relation_size('library_item') AS heap, pg_size_pretty(pg_relation_size('library_item')) AS heap_pretty,
                pg_size_pretty(pg_total_relation_size('library_item')) AS total_pretty, (SELECT count(*) FROM library_item) AS items`,
      )
    ).rows;

    console.log('\nTreffers per zoekvraag (volledige tekst met stemming / baseline ILIKE), gezien vanuit één organisatie in het netwerk:');
    for (const [query, [fts, like]] of Object.entries(matches))
      console.log(`  ${query.padEnd(20)} ${String(fts).padStart(7)} / ${String(like).padStart(7)}`);
    const search = [...timings.search].sort((a, b) => a - b);
    const baseline = [...timings.baseline].sort((a, b) => a - b);
    console.log(
      `\nZoektijd over ${search.length} zoekopdrachten (beste ${LIBRARY_LIMITS.results} met ts_rank en ts_headline, met rechten- en toestemmingscontrole):`,
    );
    console.log(`  Nederlandse volledige tekst (GIN):  p50 ${ms(percentile(search, 50))}   p95 ${ms(percentile(search, 95))}`);
    console.log(`  Baseline ILIKE, zonder index:       p50 ${ms(percentile(baseline, 50))}   p95 ${ms(percentile(baseline, 95))}`);
    console.log(
      `  Verhouding baseline / volledige tekst: p50 ${(percentile(baseline, 50) / percentile(search, 50)).toFixed(1)}×   p95 ${(percentile(baseline, 95) / percentile(search, 95)).toFixed(1)}×`,
    );
    console.log(`\nOmvang (${Number(sizes.items).toLocaleString('nl-NL')} stukken):`);
    console.log(`  GIN-index library_item_search_idx: ${sizes.gin_pretty} (${sizes.gin} bytes)`);
    console.log(
      `  Tabel library_item (heap):         ${sizes.heap_pretty} (${sizes.heap} bytes); met indexen en TOAST: ${sizes.total_pretty}`,
    );
  } finally {
    await db.end().catch(() => undefined);
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
