import { PasswordHashCost } from '../../../engine/config/kring-config';
import { PasswordHasher } from '../password-hasher';

/** The stored form says which cost a hash was made at (verify reads it from there). */
const STANDARD = /^\$argon2id\$v=19\$m=65536,p=4,t=3\$/;
const LIGHT = /^\$argon2id\$v=19\$m=4096,p=1,t=1\$/;

describe('PasswordHasher', () => {
  it.each<[PasswordHashCost, RegExp]>([
    ['standard', STANDARD],
    ['light', LIGHT],
  ])('hashes a chosen password at the configured cost (%s), and checks it', async (cost, stored) => {
    const hasher = new PasswordHasher({ passwordHashCost: cost });
    const hash = await hasher.hash('een-veilig-wachtwoord');
    expect(hash).toMatch(stored);
    expect(await hasher.verify(hash, 'een-veilig-wachtwoord')).toBe(true);
    expect(await hasher.verify(hash, 'een-ander-wachtwoord')).toBe(false);
  });

  it.each<PasswordHashCost>(['standard', 'light'])('hashes a published password light at either cost (%s)', async (cost) => {
    expect(await new PasswordHasher({ passwordHashCost: cost }).hashPublished('welkom-wilma')).toMatch(LIGHT);
  });

  it('answers no for an account that does not exist, after checking the decoy (even with the decoy password)', async () => {
    const hasher = new PasswordHasher({ passwordHashCost: 'light' });
    expect(await hasher.verify(null, 'kring-timing-decoy')).toBe(false);
    expect(await hasher.verify(null, 'een-veilig-wachtwoord')).toBe(false);
  });

  it('answers no for a stored value that is not a hash', async () => {
    expect(await new PasswordHasher({ passwordHashCost: 'light' }).verify('geen hash', 'geen hash')).toBe(false);
  });
});
