import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { hashToken } from '../auth/tokens';
import { UserError } from '../graphql/user-error';
import { ThrottleRule, ThrottleService } from './throttle.service';

/**
 * Guessing personal links: attempts per visitor address and per token prefix
 * within the window. A person who mistypes their link a few times never gets
 * near this; someone guessing does at once. Openings that find their link are
 * given back, so a relative reloading their page is never counted.
 */
const LINK_GUESSING = {
  perAddress: { name: 'link-address', limit: 20, windowMinutes: 15, refusal: 'LINK_ATTEMPTS' },
  perPrefix: { name: 'link-prefix', limit: 5, windowMinutes: 15, refusal: 'LINK_ATTEMPTS' },
} as const satisfies Record<string, ThrottleRule>;
const PREFIX_LENGTH = 8;

/** Personal links are 43 characters of base64url (engine/auth/tokens.ts); anything else is not a link of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The visitor's address as Express sees it: behind a reverse proxy only with
 * TRUST_PROXY set (create-app.ts), otherwise every visitor would share the proxy's.
 */
export function clientAddress(req: Pick<Request, 'ip'> | undefined): string {
  return req?.ip ?? 'unknown';
}

/**
 * Opens every secret link of Kring (relatives' and storytellers' pages,
 * invitations, password resets, calendar feeds): the token is the permission.
 * Only its hash is looked up, every failure looks the same, and each attempt
 * is counted before the lookup (engine/throttle/throttle.service.ts), so
 * parallel guesses cannot slip past the limit.
 */
@Injectable()
export class TokenLinks {
  constructor(private readonly throttle: ThrottleService) {}

  /**
   * Finds what `token` opens with `find` (given the token's hash; it returns
   * null for unknown, expired, used or revoked links, and then `unavailable`
   * is thrown). Anything else `find` throws is about a link that exists.
   */
  async open<T>(
    token: string,
    req: Pick<Request, 'ip'> | undefined,
    find: (tokenHash: string) => Promise<T | null>,
    unavailable: UserError = new UserError('LINK_UNAVAILABLE'),
  ): Promise<T> {
    const address = await this.throttle.take(LINK_GUESSING.perAddress, clientAddress(req));
    const prefix = await this.throttle.take(LINK_GUESSING.perPrefix, token.slice(0, PREFIX_LENGTH));
    let found: T | null;
    try {
      found = TOKEN_SHAPE.test(token) ? await find(hashToken(token)) : null;
    } catch (error) {
      await Promise.all([address.release(), prefix.release()]);
      throw error;
    }
    if (found === null) throw unavailable;
    await Promise.all([address.release(), prefix.release()]);
    return found;
  }
}
