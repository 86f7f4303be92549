import { Inject, Injectable } from '@nestjs/common';
import argon2, { type HashOptions } from 'argon2';
import { KRING_CONFIG } from '../../engine/config/config.token';
import type { KringConfig, PasswordHashCost } from '../../engine/config/kring-config';
import { BoundedQueue } from '../../engine/throttle/bounded-queue';

/**
 * argon2id costs memory and one of libuv's four threads per hash on purpose.
 * Two at a time and fifty waiting, then SERVER_BUSY: a flood of logins can
 * then neither exhaust memory nor take the threads that read files and
 * serve pages (GET / stays quick).
 */
const PASSWORD_HASHING = new BoundedQueue({ running: 2, waiting: 50 });

/**
 * standard: argon2id with the library's defaults (OWASP level: 64 MiB, three passes, four lanes), for every password
 * a person chooses. light: for a password printed for anyone to read (the demo network's, a test's): a costly hash
 * protects nothing there, and at 0.45 s of processor time per hash or login it made loading the demo take half a
 * minute (and eight account-heavy test files 94 s instead of 65 s). verify() reads the cost from the hash itself.
 */
const COSTS: Record<PasswordHashCost, Pick<HashOptions, 'memoryCost' | 'timeCost' | 'parallelism'>> = {
  standard: {},
  light: { memoryCost: 4096, timeCost: 1, parallelism: 1 },
};

/** A password hashed at `cost` (argon2id). */
export function hashPassword(password: string, cost: PasswordHashCost): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...COSTS[cost] });
}

/** Hashes and checks passwords at the configured cost (KringConfig.passwordHashCost), under PASSWORD_HASHING. */
@Injectable()
export class PasswordHasher {
  /**
   * A real hash to verify against when no account exists, so a login for an unknown e-mail takes as long as one for
   * a known e-mail. Made once at start, at the cost every chosen password gets.
   */
  private readonly decoy: Promise<string>;

  constructor(@Inject(KRING_CONFIG) private readonly config: Pick<KringConfig, 'passwordHashCost'>) {
    this.decoy = hashPassword('kring-timing-decoy', config.passwordHashCost);
  }

  /** A password a person chose. */
  hash(password: string): Promise<string> {
    return PASSWORD_HASHING.run(() => hashPassword(password, this.config.passwordHashCost));
  }

  /** A password printed for all to see (the demo accounts'): always light (see COSTS). */
  hashPublished(password: string): Promise<string> {
    return hashPassword(password, 'light');
  }

  /** Whether `password` matches `hash`; with `hash` null (no such account), the decoy is checked, so both take as long. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    const against = hash ?? (await this.decoy);
    const valid = await PASSWORD_HASHING.run(() => argon2.verify(against, password).catch(() => false));
    return hash !== null && valid;
  }
}
