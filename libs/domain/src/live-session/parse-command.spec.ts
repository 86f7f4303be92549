import { errorMessage } from '../i18n/messages';
import { SHIPPED_METHODS } from '../methods/catalogue';
import { LIVE_COMMAND_RULES, PHASE_KIND_ACTIONS, phaseActions, requiredAction } from './commands';
import { LIVE_LIMITS } from './limits';
import { checkEntryBody, parseLiveCommandMessage } from './parse-command';

const SESSION = '11111111-1111-4111-8111-111111111111';
const ENTRY = '22222222-2222-4222-8222-222222222222';

function parse(command: unknown, extra: Record<string, unknown> = {}) {
  return parseLiveCommandMessage({ sessionId: SESSION, clientKey: 'k-1', command, ...extra });
}

function problem(command: unknown, extra: Record<string, unknown> = {}) {
  const result = parse(command, extra);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

describe('parseLiveCommandMessage', () => {
  it('trims text and fills in defaults', () => {
    expect(parse({ type: 'contribute', phaseId: 'story', body: '  Hij wilde naar huis.  ' })).toEqual({
      ok: true,
      message: {
        sessionId: SESSION,
        acknowledgeWarnings: false,
        keepFlaggedText: false,
        clientKey: 'k-1',
        command: {
          type: 'contribute',
          phaseId: 'story',
          body: 'Hij wilde naar huis.',
          anonymous: false,
          entryKind: 'contribution',
          forRoom: false,
        },
      },
    });
  });

  it('never makes an entry for the room anonymous', () => {
    const result = parse({ type: 'ask', phaseId: 'facts', body: 'Hoe laat was het?', anonymous: true, forRoom: true });
    expect(result.ok && result.message.command).toMatchObject({ anonymous: false, forRoom: true });
  });

  it('refuses empty and oversized contributions with the numbers in the message', () => {
    expect(problem({ type: 'contribute', phaseId: 'story', body: '   ' })).toEqual({ code: 'SESSION_ENTRY_EMPTY' });
    const long = 'a'.repeat(LIVE_LIMITS.entryMaxLength + 1);
    const tooLong = problem({ type: 'ask', phaseId: 'facts', body: long });
    expect(tooLong).toEqual({ code: 'SESSION_ENTRY_TOO_LONG', params: { max: 2000, length: 2001 } });
    expect(errorMessage(tooLong.code, 'nl', tooLong.params)).toBe(
      'Een bijdrage mag hoogstens 2000 tekens lang zijn; deze is 2001 tekens. Maak hem korter of splits hem.',
    );
    expect(checkEntryBody('a'.repeat(LIVE_LIMITS.entryMaxLength))).toEqual({ ok: true, body: 'a'.repeat(2000) });
  });

  it('refuses malformed messages, naming the part that is wrong', () => {
    expect(parseLiveCommandMessage(null)).toEqual({
      ok: false,
      problem: { code: 'SESSION_INVALID_COMMAND', params: { details: 'message' } },
    });
    expect(problem({ type: 'contribute', phaseId: 'x', body: 'y' }, { sessionId: 'not-a-uuid' }).params).toEqual({ details: 'sessionId' });
    expect(problem({ type: 'contribute', phaseId: 'x', body: 'y' }, { clientKey: '' }).params).toEqual({ details: 'clientKey' });
    expect(problem({ type: 'contribute', phaseId: 'x', body: 'y' }, { clientKey: 'k'.repeat(101) }).params).toEqual({
      details: 'clientKey',
    });
    expect(problem({ type: 'dropTables' }).params).toEqual({ details: 'type' });
    expect(problem({ type: 'vote', phaseId: 'x', entryId: '1; DROP' }).params).toEqual({ details: 'entryId' });
    expect(problem({ type: 'contribute', phaseId: '', body: 'y' }).params).toEqual({ details: 'phaseId' });
    expect(problem({ type: 'contribute', phaseId: 'x', body: 'y', anonymous: 'yes' }).params).toEqual({ details: 'anonymous' });
    expect(problem({ type: 'contribute', phaseId: 'x', body: 'y', entryKind: 'question' }).params).toEqual({ details: 'entryKind' });
    expect(problem({ type: 'markReady', phaseId: 'x' }).params).toEqual({ details: 'ready' });
    expect(problem({ type: 'group', phaseId: 'x', entryIds: [] }).params).toEqual({ details: 'entryIds' });
  });

  it('reads the ids of findings the author confirmed, each once, and refuses anything else in their place', () => {
    const contribute = { type: 'contribute', phaseId: 'story', body: 'Gerrit Wolters at niets.' };
    const ids = ['name|gerrit wolters', 'name|gerrit wolters'];
    expect(parse(contribute, { acknowledgeWarnings: true, acknowledgedFindings: ids })).toMatchObject({
      ok: true,
      message: { acknowledgeWarnings: true, acknowledgedFindings: ['name|gerrit wolters'] },
    });
    for (const wrong of ['name|gerrit wolters', [1], ['x'.repeat(501)], Array.from({ length: 51 }, (_, i) => `name|${i}`)])
      expect(problem(contribute, { acknowledgedFindings: wrong }).params).toEqual({ details: 'acknowledgedFindings' });
  });

  it('checks tags against the values framework and directions', () => {
    const ok = parse({ type: 'tag', phaseId: 'tag', entryId: ENTRY, itemId: 'feeling_at_home', direction: 'under_pressure' });
    expect(ok.ok).toBe(true);
    expect(problem({ type: 'tag', phaseId: 'tag', entryId: ENTRY, itemId: 'score', direction: 'under_pressure' })).toEqual({
      code: 'SESSION_UNKNOWN_TAG',
    });
    expect(problem({ type: 'tag', phaseId: 'tag', entryId: ENTRY, itemId: 'feeling_at_home', direction: 'great' })).toEqual({
      code: 'SESSION_UNKNOWN_TAG',
    });
  });

  it('bounds timer lengths and group labels', () => {
    expect(problem({ type: 'timerExtend', phaseId: 'x', seconds: 0 })).toEqual({ code: 'SESSION_TIMER_RANGE', params: { max: 120 } });
    expect(problem({ type: 'timerStart', phaseId: 'x', durationSeconds: 7201 }).code).toBe('SESSION_TIMER_RANGE');
    expect(parse({ type: 'timerStart', phaseId: 'x' })).toMatchObject({
      ok: true,
      message: { command: { type: 'timerStart', phaseId: 'x' } },
    });
    expect(problem({ type: 'group', phaseId: 'x', entryIds: [ENTRY], label: ' ' })).toEqual({
      code: 'SESSION_LABEL_INVALID',
      params: { max: 120 },
    });
    const grouped = parse({ type: 'group', phaseId: 'x', entryIds: [ENTRY, ENTRY.toUpperCase()], label: ' Rust ' });
    expect(grouped.ok && grouped.message.command).toEqual({ type: 'group', phaseId: 'x', entryIds: [ENTRY], label: 'Rust' });
  });
});

describe('command rules', () => {
  it('marks the moderator-only commands', () => {
    const moderatorOnly = Object.entries(LIVE_COMMAND_RULES)
      .filter(([, rule]) => rule.moderatorOnly)
      .map(([type]) => type);
    expect(moderatorOnly).toEqual(['startSession', 'endSession', 'goToPhase', 'timerStart', 'timerPause', 'timerExtend', 'reveal']);
  });

  it('needs an option action for options and offers every action in some phase kind or behaviour', () => {
    expect(requiredAction({ type: 'contribute', phaseId: 'x', body: 'y', entryKind: 'option' })).toBe('option');
    expect(requiredAction({ type: 'contribute', phaseId: 'x', body: 'y' })).toBe('contribute');
    expect(requiredAction({ type: 'markReady', phaseId: 'x', ready: true })).toBeUndefined();
    // Tagging comes with a phase's valueTagging behaviour rather than with a kind.
    const offered = new Set([
      ...Object.values(PHASE_KIND_ACTIONS).flat(),
      ...SHIPPED_METHODS.flatMap((m) => m.phases.flatMap((_, i) => phaseActions(m.phases, i))),
    ]);
    expect([...offered].sort()).toEqual(['ask', 'contribute', 'group', 'option', 'tag', 'vote']);
  });
});
