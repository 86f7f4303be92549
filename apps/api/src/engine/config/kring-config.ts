import path from 'node:path';

/** How costly a chosen password's hash is (modules/accounts/password-hasher.ts). */
export type PasswordHashCost = 'standard' | 'light';

/** Everything Kring reads from the environment, validated once at start. */
export interface KringConfig {
  port: number;
  /** Unset: Kring starts an embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  production: boolean;
  /** Base URL used in links inside e-mails (invitations, password reset). */
  publicUrl: string;
  /** redis(s)://…; set: live events travel between API instances over Redis instead of PostgreSQL. */
  redisUrl?: string;
  /** smtp(s)://user:pass@host:port; unset: mail goes to the development outbox. */
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  /** Largest GraphQL operation accepted: nesting depth and number of fields. */
  graphqlLimits: { depth: number; complexity: number };
  /**
   * Express's `trust proxy`: false (default) uses the connection's address;
   * behind a reverse proxy set TRUST_PROXY to the number of proxies (e.g. 1)
   * or their addresses, so throttles count the real client, not the proxy.
   */
  trustProxy: boolean | number | string;
  /** A login ends after this many minutes without any request or live command from it. */
  sessionIdleMinutes: number;
  /** Folder with the built web app; served at `/` when it exists. */
  webDist: string;
  /**
   * The job queue (engine/jobs): how often idle processes look for work, whether this process runs periodic jobs
   * (PERIODIC_JOBS=off: it only serves and sends mail), schedules replaced by CRON_<QUEUE>, and the first retry delay of mail.
   */
  jobs: { pollSeconds: number; periodic: boolean; cron: Record<string, string>; mailRetryDelaySeconds: number };
  /**
   * Always 'standard' (argon2id at OWASP cost) from the environment: no setting weakens it. Only the test harness
   * (tests/support/kring-test-app.ts) starts Kring with 'light', as it would for the demo's published passwords.
   */
  passwordHashCost: PasswordHashCost;
}

export class ConfigError extends Error {}

/** Long enough for a reflection session or a mirror conversation with the screen open, short enough for a shared computer. */
export const DEFAULT_SESSION_IDLE_MINUTES = 240;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parsePort(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name}="${raw}" is geen geldige poort (0–65535) / is not a valid port (0–65535).`);
  }
  return port;
}

function parsePositive(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${name}="${raw}" moet een positief geheel getal zijn / must be a positive integer.`);
  return value;
}

function parseUrl(raw: string | undefined, name: string, protocols: string[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is geen geldige URL / is not a valid URL.`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} moet beginnen met ${protocols.join(' of ')} / must start with ${protocols.join(' or ')}.`);
  }
  return raw;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  // Addresses or subnets ("10.0.0.1, 10.0.0.0/8", "loopback"): Express checks them itself.
  if (/^[\w.:/, -]+$/.test(raw)) return raw;
  throw new ConfigError(
    `TRUST_PROXY="${raw}" moet false, een aantal proxies of hun adressen zijn / must be false, a number of proxies or their addresses.`,
  );
}

/** CRON_REMINDERS="0 * * * *" → { reminders: '0 * * * *' }; the queue checks the expression when it schedules it. */
function parseCronOverrides(env: NodeJS.ProcessEnv): Record<string, string> {
  const cron: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^CRON_([A-Z0-9_]+)$/.exec(key);
    if (match && value) cron[match[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  return cron;
}

function parseOnOff(raw: string | undefined, name: string, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`${name}="${raw}" moet on of off zijn / must be on or off.`);
}

function parseSeconds(raw: string | undefined, name: string, fallback: number, minimum: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < minimum)
    throw new ConfigError(`${name}="${raw}" moet een getal van minstens ${minimum} zijn / must be a number of at least ${minimum}.`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): KringConfig {
  const port = parsePort(env.PORT, 'PORT', 3000);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL="${logLevel}" moet een van ${LOG_LEVELS.join(', ')} zijn / must be one of them.`);
  }
  return {
    port,
    databaseUrl: parseUrl(env.DATABASE_URL, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: path.resolve(cwd, env.KRING_DATA_DIR || 'data'),
    production: env.NODE_ENV === 'production',
    publicUrl: (parseUrl(env.PUBLIC_URL, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/$/, ''),
    redisUrl: parseUrl(env.REDIS_URL, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: parseUrl(env.SMTP_URL, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env.MAIL_FROM || 'Kring <kring@localhost>',
    logLevel,
    graphqlLimits: {
      depth: parsePositive(env.GRAPHQL_MAX_DEPTH, 'GRAPHQL_MAX_DEPTH', 10),
      complexity: parsePositive(env.GRAPHQL_MAX_COMPLEXITY, 'GRAPHQL_MAX_COMPLEXITY', 1000),
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    sessionIdleMinutes: parsePositive(env.SESSION_IDLE_MINUTES, 'SESSION_IDLE_MINUTES', DEFAULT_SESSION_IDLE_MINUTES),
    webDist: path.resolve(__dirname, '../../../../web/dist'),
    jobs: {
      pollSeconds: parseSeconds(env.JOB_POLL_SECONDS, 'JOB_POLL_SECONDS', 2, 0.5),
      periodic: parseOnOff(env.PERIODIC_JOBS, 'PERIODIC_JOBS', true),
      cron: parseCronOverrides(env),
      mailRetryDelaySeconds: parseSeconds(env.MAIL_RETRY_DELAY_SECONDS, 'MAIL_RETRY_DELAY_SECONDS', 30, 1),
    },
    passwordHashCost: 'standard',
  };
}
