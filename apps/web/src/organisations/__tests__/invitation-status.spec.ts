import { invitationStatus } from '../invitation-status';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const LATER = '2026-12-20T12:00:00Z';
const EARLIER = '2026-12-01T12:00:00Z';

describe('invitationStatus', () => {
  it.each([
    ['open until it expires', { expiresAt: LATER }, { status: 'open', at: LATER }],
    ['expired once the day has passed', { expiresAt: EARLIER }, { status: 'expired' }],
    ['revoked', { expiresAt: LATER, revokedAt: EARLIER }, { status: 'revoked' }],
    [
      'accepted, with its day, even when it expired since',
      { expiresAt: EARLIER, acceptedAt: EARLIER },
      { status: 'accepted', at: EARLIER },
    ],
  ])('%s', (_, invitation, status) => {
    expect(invitationStatus(invitation, NOW)).toEqual(status);
  });
});
