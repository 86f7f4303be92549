import argon2 from 'argon2';
import { BoundedQueue } from '../../engine/throttle/bounded-queue';

/**
 * argon2id costs memory and one of libuv's four threads per hash on purpose.
 * Two at a time and fifty waiting, then SERVER_BUSY: a flood of logins can
 * then neither exhaust memory nor take the threads that read files and
 * serve pages (GET / stays quick).
 */
const PASSWORD_HASHING = new BoundedQueue({ running: 2, waiting: 50 });

/** argon2id with the library's defaults (OWASP-level memory and time cost). */
export const passwordHasher = {
  hash: (password: string) => PASSWORD_HASHING.run(() => argon2.hash(password, { type: argon2.argon2id })),
  /**
   * For a password that is printed for anyone to read (the demo network's):
   * a costly hash protects nothing there and made loading the demo take half
   * a minute on a busy machine. verify() reads the cost from the hash itself.
   */
  hashPublished: (password: string) => argon2.hash(password, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 }),
  verify: (hash: string, password: string) => PASSWORD_HASHING.run(() => argon2.verify(hash, password).catch(() => false)),
};

/**
 * A real hash to verify against when no account exists, so a login for an
 * unknown e-mail takes as long as one for a known e-mail. Made once at start.
 */
export const timingDecoyHash = argon2.hash('kring-timing-decoy', { type: argon2.argon2id });
