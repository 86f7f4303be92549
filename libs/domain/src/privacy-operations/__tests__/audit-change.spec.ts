import { MIRROR_CONSENT_SCOPE_LABELS as CONSENT } from '../../mirror-conversations/consent';
import { RETENTION_RULES } from '../../privacy/retention-rules';
import { auditChangeTeamIds, describeAuditChange, fromTo, isEmptyAuditChange, type AuditChange } from '../audit-change';

const TRANSCRIPTS = RETENTION_RULES.find((rule) => rule.kind === 'session_transcripts')!.name;

const TEAMS = new Map([
  ['t-linde', 'Team Lindehof'],
  ['t-tuin', 'Team Tuinhuis'],
]);

describe('describeAuditChange', () => {
  it.each<[AuditChange, 'nl' | 'en', string]>([
    [{ role: ['care_worker', 'moderator'] }, 'nl', 'Rol: Begeleider → Gespreksleider'],
    [{ role: ['care_worker', 'moderator'] }, 'en', 'Role: Care worker → Moderator'],
    [{ team: ['t-linde', 't-tuin'] }, 'nl', 'Team: Team Lindehof → Team Tuinhuis'],
    [{ team: ['t-linde', null] }, 'nl', 'Team: Team Lindehof → geen team'],
    [{ team: [null, 't-tuin'] }, 'en', 'Team: no team → Team Tuinhuis'],
    // A team removed since the change: said so, not its id.
    [{ team: ['t-gone', 't-linde'] }, 'nl', 'Team: een verwijderd team → Team Lindehof'],
    [
      { role: ['administrator', 'entrepreneur'], team: [null, 't-linde'] },
      'nl',
      'Rol: Beheerder → Zorgondernemer · Team: geen team → Team Lindehof',
    ],
    // A role code the catalogue no longer knows: shown as stored.
    [{ role: ['teamleider', 'moderator'] }, 'nl', 'Rol: teamleider → Gespreksleider'],
    [
      { visibility: ['private', 'team'], team: [null, 't-linde'] },
      'nl',
      'Team: geen team → Team Lindehof · Zichtbaarheid: Alleen ik → Het team',
    ],
    [{ visibility: ['organisation', 'session'] }, 'en', 'Visibility: The whole organisation → Session participants'],
    [{ retentionDays: [90, 30] }, 'nl', 'Bewaartermijn ruwe notities (dagen): 90 → 30'],
    [{ purges: [[], ['session_transcripts']] }, 'nl', `Ook wissen: niets → ${TRANSCRIPTS.nl}`],
    [{ purges: [['session_transcripts', 'gone_kind'], []] }, 'en', `Also delete: ${TRANSCRIPTS.en}, gone_kind → nothing`],
    // In Dutch time, whatever the server's zone (18:30 UTC in winter is 19:30 in Amsterdam).
    [
      { scheduledAt: ['2026-12-29T18:30:00.000Z', '2027-01-05T18:30:00.000Z'] },
      'nl',
      'Datum: 29 december 2026 om 19:30 → 5 januari 2027 om 19:30',
    ],
    [
      { consents: [['quote_anonymously', 'take_part'], ['take_part']] },
      'nl',
      `Toestemming: ${CONSENT.take_part.nl}, ${CONSENT.quote_anonymously.nl} → ${CONSENT.take_part.nl}`,
    ],
    [{ consents: [[], ['take_part', 'old_scope']] }, 'en', `Consent: none → ${CONSENT.take_part.en}, old_scope`],
    // A membership removed: what it was.
    [{ was: { role: 'moderator', team: 't-linde' } }, 'nl', 'Was: Gespreksleider, Team Lindehof'],
    [{ was: { role: 'care_worker', team: null } }, 'en', 'Was: Care worker, no team'],
    // A case's consent: what it covers and who gave it; a scope the catalogue no longer knows, as stored.
    [
      { caseConsent: { scope: 'discuss_in_team', givenBy: 'legal_representative' } },
      'nl',
      'Toestemming voor: Bespreken in het team (Wettelijk vertegenwoordiger)',
    ],
    [{ caseConsent: { scope: 'old_scope', givenBy: 'resident' } }, 'en', 'Consent for: old_scope (The resident themselves)'],
    [{}, 'nl', ''],
  ])('%j in %s reads "%s"', (change, language, expected) => {
    expect(describeAuditChange(change, TEAMS, language, 'bewoner')).toBe(expected);
  });

  it("names who gave a case's consent in the organisation's own word", () => {
    const change: AuditChange = { caseConsent: { scope: 'discuss_in_team', givenBy: 'resident' } };
    expect(describeAuditChange(change, TEAMS, 'nl', 'deelnemer')).toBe('Toestemming voor: Bespreken in het team (De deelnemer zelf)');
    expect(describeAuditChange(change, TEAMS, 'en', 'deelnemer')).toBe('Consent for: Discuss in the team (The participant themselves)');
  });
});

describe('fromTo', () => {
  it.each<[unknown, unknown, unknown]>([
    ['care_worker', 'moderator', ['care_worker', 'moderator']],
    ['moderator', 'moderator', undefined],
    [null, 't-linde', [null, 't-linde']],
    [null, null, undefined],
    [90, 30, [90, 30]],
    // Lists by their members, whatever their order.
    [['take_part', 'quote_anonymously'], ['quote_anonymously', 'take_part'], undefined],
    [[], ['take_part'], [[], ['take_part']]],
  ])('%j → %j is %j', (from, to, expected) => {
    expect(fromTo(from, to)).toEqual(expected);
  });
});

describe('isEmptyAuditChange and auditChangeTeamIds', () => {
  it.each<[AuditChange, boolean, string[]]>([
    [{}, true, []],
    [{ role: undefined, team: undefined }, true, []],
    [{ team: ['t-linde', null] }, false, ['t-linde']],
    [{ was: { role: 'moderator', team: 't-tuin' } }, false, ['t-tuin']],
    [{ retentionDays: [90, 30] }, false, []],
  ])('%j: empty %s, teams %j', (change, empty, teams) => {
    expect(isEmptyAuditChange(change)).toBe(empty);
    expect(auditChangeTeamIds(change)).toEqual(teams);
  });
});
