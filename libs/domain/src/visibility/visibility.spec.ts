import { isCompleteText } from '../values/localized-text';
import { CASE_VISIBILITY_RULE, caseReadingInSession, sessionLetsParticipantsRead } from './cases';
import { MIRROR_REPORT_RULE } from './mirror-reports';
import { READER_ROLES, ReaderRole, viewFor, VisibilityRule } from './reader-roles';
import { mayKeepStatementOf } from './relatives-statements';
import { EXPORTED_HARVEST_KINDS, harvestKindsOnScreen, SESSION_REPORT_RULE } from './session-reports';
import { seesStoryteller, STORY_RULE } from './stories';

// Every rule, so a new kind of content is checked by the same generic promises below.
const RULES: VisibilityRule<unknown>[] = [
  CASE_VISIBILITY_RULE,
  SESSION_REPORT_RULE,
  MIRROR_REPORT_RULE,
  STORY_RULE,
] as VisibilityRule<unknown>[];

const readersOf = (rule: VisibilityRule<unknown>, state: unknown) =>
  READER_ROLES.map((role) => `${role}:${rule.view(state, role)}`).join(',');

describe.each(RULES.map((rule) => [rule.kind, rule] as const))('visibility rule for %s', (_kind, rule) => {
  it('explains every state in Dutch and English', () => {
    for (const state of rule.states) expect(isCompleteText(rule.sentence(state))).toBe(true);
  });

  it('never lets anyone outside the network, or a relative, read it', () => {
    for (const state of rule.states) {
      expect(rule.view(state, 'other_organisation')).toBe('none');
      expect(rule.view(state, 'relative')).toBe('none');
    }
  });

  it('gives the network at most an anonymised version', () => {
    for (const state of rule.states) {
      expect(rule.view(state, 'network_peer')).not.toBe('full');
      expect(rule.view(state, 'network_coordinator')).not.toBe('full');
    }
  });

  it('says something different whenever a different circle reads it (text cannot drift from the rule)', () => {
    const sentenceOf = new Map<string, string>();
    for (const state of rule.states) {
      const readers = readersOf(rule, state);
      const sentence = rule.sentence(state).nl;
      for (const [otherReaders, otherSentence] of sentenceOf) if (otherReaders !== readers) expect(sentence).not.toBe(otherSentence);
      sentenceOf.set(readers, sentence);
    }
  });
});

describe('cases', () => {
  const levels = CASE_VISIBILITY_RULE.states;
  it('layers the levels: each reads what the narrower one reads, and more', () => {
    for (let i = 1; i < levels.length; i++) {
      const narrower = READER_ROLES.filter((role) => CASE_VISIBILITY_RULE.view(levels[i - 1], role) === 'full');
      const wider = READER_ROLES.filter((role) => CASE_VISIBILITY_RULE.view(levels[i], role) === 'full');
      expect(wider).toEqual(expect.arrayContaining(narrower));
      expect(wider.length).toBeGreaterThan(narrower.length);
    }
  });

  it('lets participants read only while the session runs: until the report is approved', () => {
    expect(sessionLetsParticipantsRead({ status: 'planned', reportApproved: false })).toBe(true);
    expect(sessionLetsParticipantsRead({ status: 'planned', reportApproved: false, overdue: true })).toBe(false);
    expect(sessionLetsParticipantsRead({ status: 'live', reportApproved: false })).toBe(true);
    expect(sessionLetsParticipantsRead({ status: 'closed', reportApproved: false })).toBe(true);
    expect(sessionLetsParticipantsRead({ status: 'closed', reportApproved: true })).toBe(false);
    expect(sessionLetsParticipantsRead({ status: 'cancelled', reportApproved: false })).toBe(false);
  });

  it('says on the planning form what the case level allows the participants', () => {
    expect(caseReadingInSession('session').nl).toMatch(/De deelnemers mogen de casus lezen zolang de sessie loopt/);
    expect(caseReadingInSession(null).nl).toMatch(/zolang de sessie loopt/);
    expect(caseReadingInSession('private').nl).toMatch(/privé/);
    expect(CASE_VISIBILITY_RULE.view({ visibility: 'private' }, 'session_participant')).toBe('none');
  });
});

describe('session reports', () => {
  it('keeps memos on the moderator’s screen and out of every export', () => {
    expect(harvestKindsOnScreen(['session_moderator'])).toEqual(['insight', 'advice', 'memo']);
    expect(harvestKindsOnScreen(['session_participant'])).toEqual(['insight', 'advice']);
    expect(harvestKindsOnScreen(['overview', 'team_member'])).toEqual([]);
    expect(EXPORTED_HARVEST_KINDS).toEqual(['insight', 'advice']);
  });
});

describe('mirror reports', () => {
  const view = (
    status: 'draft' | 'with_host' | 'closed',
    visibility: 'involved' | 'team' | 'organisation' | 'network',
    roles: ReaderRole[],
  ) => viewFor(MIRROR_REPORT_RULE, { status, visibility }, roles);

  it('keeps the visitors’ draft from the host until it is handed over', () => {
    expect(view('draft', 'organisation', ['host'])).toBe('none');
    expect(view('draft', 'organisation', ['visitor'])).toBe('full');
    expect(view('with_host', 'involved', ['host'])).toBe('full');
  });

  it('applies the host’s choice at once to the host’s own organisation', () => {
    expect(view('with_host', 'team', ['team_member'])).toBe('full');
    expect(view('with_host', 'team', ['other_team'])).toBe('none');
    expect(view('with_host', 'organisation', ['other_team'])).toBe('full');
    expect(view('with_host', 'involved', ['team_member'])).toBe('none');
  });

  it('lets the network read only a closed report, anonymised', () => {
    expect(view('with_host', 'network', ['network_peer'])).toBe('none');
    expect(view('closed', 'network', ['network_peer'])).toBe('anonymised');
    expect(view('closed', 'network', ['network_peer', 'host'])).toBe('full');
    expect(MIRROR_REPORT_RULE.sentence({ status: 'with_host', visibility: 'organisation' }).nl).toBe(
      'De hele organisatie van de gastheer ziet dit rapport.',
    );
  });
});

describe('stories', () => {
  it('shows who told the story only to its writer and its teller', () => {
    for (const role of READER_ROLES) expect(seesStoryteller([role])).toBe(role === 'writer' || role === 'storyteller');
  });

  it('reaches others only with approval of this version and consent for their audience', () => {
    const [unapproved, changed, none, team, organisation] = STORY_RULE.states;
    for (const state of [unapproved, changed, none])
      expect(['team_member', 'other_team', 'overview'].map((r) => STORY_RULE.view(state, r as ReaderRole))).toEqual([
        'none',
        'none',
        'none',
      ]);
    expect(STORY_RULE.view(team, 'team_member')).toBe('full');
    expect(STORY_RULE.view(team, 'other_team')).toBe('none');
    expect(STORY_RULE.view(organisation, 'overview')).toBe('full');
  });
});

describe("relatives' statements", () => {
  it('are kept only from relatives who take part', () => {
    expect(mayKeepStatementOf(['take_part', 'quote_anonymously'])).toBe(true);
    expect(mayKeepStatementOf([])).toBe(false);
    expect(mayKeepStatementOf(['quote_anonymously'])).toBe(false);
  });
});
