import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-level memory and time cost). */
export const passwordHasher = {
  hash: (password: string) => argon2.hash(password, { type: argon2.argon2id }),
  verify: (hash: string, password: string) => argon2.verify(hash, password).catch(() => false),
};

/**
 * A real hash to verify against when no account exists, so a login for an
 * unknown e-mail takes as long as one for a known e-mail.
 */
export const timingDecoyHash = passwordHasher.hash('kring-timing-decoy');
