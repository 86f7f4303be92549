import { ErrorCode } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ThrottleCounterRow } from '../database/tables.generated';
import { UserError } from '../graphql/user-error';

/**
 * How many attempts one key (an account, an address, a token prefix) may
 * make within a window, and what the person who hits the limit is told
 * (a message with a `{minutes}` placeholder).
 */
export interface ThrottleRule {
  /** Stored with the counter; rules never share a name. */
  name: string;
  limit: number;
  windowMinutes: number;
  refusal: Extract<ErrorCode, 'TOO_MANY_ATTEMPTS' | 'LINK_ATTEMPTS' | 'RESET_ATTEMPTS'>;
}

/** One counted attempt; give it back when it turned out to be legitimate. */
interface ThrottleSlot {
  /** The attempt succeeded: it does not count against the key (a relative opening their own link). */
  release(): Promise<void>;
  /** The attempt proved who it was (a correct password): the key starts again from zero. */
  clear(): Promise<void>;
}

/** Counters hold the key's hash only: no e-mail address or IP address is kept for throttling. */
function throttleKey(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Atomic attempt counters in PostgreSQL, shared by every API instance. An
 * attempt is counted BEFORE the work it guards (a password check, a token
 * lookup) in one `INSERT … ON CONFLICT … RETURNING`, so 40 parallel guesses
 * cannot all read "4 so far" and all go ahead: the row lock orders them and
 * only the first `limit` get a number within the limit. Fixed windows: a key
 * starts counting from one again once its window has passed.
 */
@Injectable()
export class ThrottleService {
  private lastSweep = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts one attempt for `key` under `rule`, or refuses it (nothing else happens) when the limit is reached. */
  async take(rule: ThrottleRule, key: string): Promise<ThrottleSlot> {
    await this.sweep();
    const hashed = throttleKey(key);
    const [counter] = await this.db.query<(Pick<ThrottleCounterRow, 'hits'> & { seconds_left: number })[]>(
      `INSERT INTO throttle_counter AS c (rule, key, window_start, hits) VALUES ($1, $2, now(), 1)
       ON CONFLICT (rule, key) DO UPDATE SET
         window_start = CASE WHEN c.window_start <= now() - make_interval(mins => $3) THEN now() ELSE c.window_start END,
         -- Refused attempts stop at one over the limit: they change nothing, not even the count's size.
         hits = CASE WHEN c.window_start <= now() - make_interval(mins => $3) THEN 1 ELSE least(c.hits + 1, $4 + 1) END
       RETURNING hits, extract(epoch FROM c.window_start + make_interval(mins => $3) - now())::float AS seconds_left`,
      [rule.name, hashed, rule.windowMinutes, rule.limit],
    );
    if (counter.hits > rule.limit) {
      throw new UserError(rule.refusal, { minutes: Math.max(1, Math.ceil(counter.seconds_left / 60)) });
    }
    return {
      release: async () => {
        await this.db.query(`UPDATE throttle_counter SET hits = greatest(hits - 1, 0) WHERE rule = $1 AND key = $2`, [rule.name, hashed]);
      },
      clear: () => this.clear(rule, key),
    };
  }

  async clear(rule: ThrottleRule, key: string): Promise<void> {
    await this.db.query(`DELETE FROM throttle_counter WHERE rule = $1 AND key = $2`, [rule.name, throttleKey(key)]);
  }

  /** Every counter of one key, e.g. an erased person's e-mail address (inside the caller's transaction). */
  static forgetKeyQuery(key: string): [string, string[]] {
    return [`DELETE FROM throttle_counter WHERE key = $1`, [throttleKey(key)]];
  }

  /** Windows are at most a day: older counters say nothing any more. At most once a minute per process. */
  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    await this.db.query(`DELETE FROM throttle_counter WHERE window_start < now() - interval '1 day'`);
  }
}
