import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken } from '../../engine/auth/tokens';
import { KringRequest } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';

/**
 * Failed openings allowed within the window, per address and per token
 * prefix, before Kring asks to wait. A relative who mistypes their link a
 * few times never gets near this; someone guessing does at once.
 */
export const LINK_THROTTLE = { perAddress: 20, perPrefix: 5, windowMinutes: 15, prefixLength: 8 } as const;

/** Personal links are 43 characters of base64url (engine/auth/tokens.ts); anything else is not a link of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Opens personal links of people without an account (relatives, residents):
 * the secret token is the permission. Only its hash is ever looked up, and
 * every failure looks the same — unknown, expired and revoked links get the
 * one friendly LINK_UNAVAILABLE — so a link reveals nothing about any other.
 * Failures are counted in the database (like failed logins), per address and
 * per token prefix, and guessing is slowed down with LINK_ATTEMPTS.
 */
@Injectable()
export class RelativeLinksService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Finds what `token` opens with `find` (given the token's hash; it must
   * return null for expired or revoked links), or refuses.
   */
  async open<T>(token: string, req: KringRequest, find: (tokenHash: string) => Promise<T | null>): Promise<T> {
    const address = req.ip ?? 'unknown';
    const prefix = token.slice(0, LINK_THROTTLE.prefixLength);
    await this.refuseWhenThrottled(address, prefix);
    const found = TOKEN_SHAPE.test(token) ? await find(hashToken(token)) : null;
    if (found === null) {
      await this.db.query(
        `WITH old AS (DELETE FROM relative_link_attempt WHERE created_at < now() - interval '1 day')
         INSERT INTO relative_link_attempt (ip, token_prefix) VALUES ($1, $2)`,
        [address, prefix],
      );
      throw new UserError('LINK_UNAVAILABLE');
    }
    return found;
  }

  private async refuseWhenThrottled(address: string, prefix: string): Promise<void> {
    const [recent] = await this.db.query(
      `SELECT count(*) FILTER (WHERE ip = $1)::int AS by_address, count(*) FILTER (WHERE token_prefix = $2)::int AS by_prefix,
              min(created_at) FILTER (WHERE ip = $1 OR token_prefix = $2) AS oldest
       FROM relative_link_attempt WHERE created_at > now() - make_interval(mins => $3) AND (ip = $1 OR token_prefix = $2)`,
      [address, prefix, LINK_THROTTLE.windowMinutes],
    );
    if (recent.by_address < LINK_THROTTLE.perAddress && recent.by_prefix < LINK_THROTTLE.perPrefix) return;
    const freeAt = new Date(recent.oldest).getTime() + LINK_THROTTLE.windowMinutes * 60_000;
    throw new UserError('LINK_ATTEMPTS', { minutes: Math.max(1, Math.ceil((freeAt - Date.now()) / 60_000)) });
  }
}
