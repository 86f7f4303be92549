import { replacesOpenInvitation } from '../replaces-open-invitation';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const LATER = '2026-12-20T12:00:00Z';
const EARLIER = '2026-12-01T12:00:00Z';

describe('replacesOpenInvitation', () => {
  const invitations = [
    { email: 'jan@hoeve.nl', expiresAt: LATER },
    { email: 'piet@hoeve.nl', expiresAt: LATER, acceptedAt: EARLIER },
    { email: 'kees@hoeve.nl', expiresAt: LATER, revokedAt: EARLIER },
    { email: 'els@hoeve.nl', expiresAt: EARLIER },
  ];
  it.each([
    ['an open invitation to the address', 'jan@hoeve.nl', true],
    ['the address as typed, with capitals and spaces', ' Jan@Hoeve.NL ', true],
    ['an accepted invitation', 'piet@hoeve.nl', false],
    ['a revoked invitation', 'kees@hoeve.nl', false],
    ['an expired invitation', 'els@hoeve.nl', false],
    ['an address never invited', 'nieuw@hoeve.nl', false],
  ])('%s', (_, email, replaces) => {
    expect(replacesOpenInvitation(invitations, email, NOW)).toBe(replaces);
  });
});
