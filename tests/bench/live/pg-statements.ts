import { Client } from 'pg';

/**
 * `--pg-statements`: the embedded PostgreSQL loads pg_stat_statements (its
 * binaries ship it), with planning timed and statements inside functions and
 * triggers tracked too, so a run can say where the database's time per
 * command goes: which statement, parse/plan against execution.
 */
export const PG_STATEMENTS_FLAGS = [
  '-c',
  'shared_preload_libraries=pg_stat_statements',
  '-c',
  'pg_stat_statements.track=all',
  '-c',
  'pg_stat_statements.track_planning=on',
];

async function withClient<T>(databaseUrl: string, run: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return await run(db);
  } finally {
    await db.end();
  }
}

export async function enableStatements(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, (db) => db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
}

export async function resetStatements(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, (db) => db.query('SELECT pg_stat_statements_reset()'));
}

interface StatementRow {
  toplevel: boolean;
  calls: string;
  plans: string;
  plan_ms: number;
  exec_ms: number;
  rows: string;
  hit: string;
  dirtied: string;
  query: string;
}

/**
 * The statements that took the most time since the last reset, as a
 * markdown table; `per` divides calls and times (the window's commands, or
 * its seconds when nothing was offered). Nested rows (inside a function or
 * trigger) are part of the time of the statement that ran them.
 */
export async function topStatements(databaseUrl: string, per: { count: number; unit: string }, limit = 10): Promise<string> {
  const rows = await withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<StatementRow>(
      `SELECT toplevel, calls, plans, total_plan_time AS plan_ms, total_exec_time AS exec_ms, rows,
              shared_blks_hit AS hit, shared_blks_dirtied AS dirtied, query
         FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT LIKE '%pg_stat_statements%'
        ORDER BY total_plan_time + total_exec_time DESC LIMIT $1`,
      [limit],
    );
    return rows;
  });
  const d = Math.max(1, per.count);
  const f = (value: number, digits = 3) => value.toFixed(digits);
  const lines = [
    `| calls / ${per.unit} | plans / ${per.unit} | plan ms / ${per.unit} | exec ms / ${per.unit} | ms / call (plan + exec) | rows / call | blocks hit / call | dirtied / call | level | statement |`,
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const calls = Number(r.calls);
      const text = r.query.replace(/\s+/g, ' ').slice(0, 140).replace(/\|/g, '\\|');
      return `| ${f(calls / d, 2)} | ${f(Number(r.plans) / d, 2)} | ${f(r.plan_ms / d)} | ${f(r.exec_ms / d)} | ${f((r.plan_ms + r.exec_ms) / Math.max(1, calls))} | ${f(Number(r.rows) / Math.max(1, calls), 1)} | ${f(Number(r.hit) / Math.max(1, calls), 1)} | ${f(Number(r.dirtied) / Math.max(1, calls), 2)} | ${r.toplevel ? 'top' : 'nested'} | \`${text}\` |`;
    }),
  ];
  return lines.join('\n');
}

/**
 * How many multixacts the database has handed out so far (the next
 * multixact id's distance from the database's oldest): the difference over a
 * window is the multixacts created in it. Two transactions that lock the same
 * row at once (a foreign-key check's FOR KEY SHARE on a row every command
 * references, such as the organisation's) make one; each costs SLRU writes.
 */
export async function multixactsSoFar(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<{ age: number }>(
      `SELECT mxid_age(datminmxid) AS age FROM pg_database WHERE datname = current_database()`,
    );
    return Number(rows[0].age);
  });
}

/** Table writes since the statistics were last cleared: updates, of them HOT, inserts, dead rows, autovacuum runs. */
export async function tableWrites(databaseUrl: string): Promise<string> {
  const rows = await withClient(databaseUrl, async (db) => {
    await new Promise((resolve) => setTimeout(resolve, 1_200)); // statistics arrive when a backend goes idle
    await db.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await db.query<{
      relname: string;
      ins: string;
      upd: string;
      hot: string;
      dead: string;
      autovacuum: string;
      autoanalyze: string;
    }>(
      `SELECT relname, n_tup_ins AS ins, n_tup_upd AS upd, n_tup_hot_upd AS hot, n_dead_tup AS dead,
              autovacuum_count AS autovacuum, autoanalyze_count AS autoanalyze
         FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY n_tup_ins + n_tup_upd DESC LIMIT 8`,
    );
    return rows;
  });
  return [
    '| table | inserted | updated | of them HOT | dead now | autovacuum / autoanalyze runs |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.relname} | ${r.ins} | ${r.upd} | ${r.hot} | ${r.dead} | ${r.autovacuum} / ${r.autoanalyze} |`),
  ].join('\n');
}
