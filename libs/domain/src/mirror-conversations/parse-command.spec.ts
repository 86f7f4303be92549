import { MIRROR_LIMITS } from './limits';
import { checkMirrorText, parseMirrorCommandMessage } from './parse-command';

const CONVERSATION = '11111111-1111-4111-8111-111111111111';
const QUESTION = '22222222-2222-4222-8222-222222222222';
const PARTICIPANT = '33333333-3333-4333-8333-333333333333';

function parse(command: unknown) {
  return parseMirrorCommandMessage({ conversationId: CONVERSATION, clientKey: 'k-1', command });
}

function problem(command: unknown) {
  const result = parse(command);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

describe('parseMirrorCommandMessage', () => {
  it('trims a captured statement and fills in what was left out', () => {
    expect(parse({ type: 'capture', questionId: QUESTION, participantId: PARTICIPANT, body: '  Hij mag hier zichzelf zijn.  ' })).toEqual({
      ok: true,
      message: {
        conversationId: CONVERSATION,
        acknowledgeWarnings: false,
        keepFlaggedText: false,
        clientKey: 'k-1',
        command: {
          type: 'capture',
          questionId: QUESTION,
          participantId: PARTICIPANT,
          body: 'Hij mag hier zichzelf zijn.',
          themeIds: [],
          valueTags: [],
          quotable: false,
        },
      },
    });
  });

  it('keeps statements by "een naaste" without a participant, and drops repeated tags', () => {
    const result = parse({
      type: 'capture',
      questionId: null,
      body: 'Het eten is hier als thuis.',
      themeIds: ['being_at_home', 'being_at_home'],
      valueTags: [
        { itemId: 'feeling_at_home', direction: 'visible_strength' },
        { itemId: 'feeling_at_home', direction: 'visible_strength' },
      ],
      quotable: true,
    });
    expect(result.ok && result.message.command).toMatchObject({
      participantId: null,
      themeIds: ['being_at_home'],
      valueTags: [{ itemId: 'feeling_at_home', direction: 'visible_strength' }],
      quotable: true,
    });
  });

  it('reads the ids of findings the author confirmed, and refuses a list that is not one of short strings', () => {
    const message = (acknowledgedFindings: unknown) =>
      parseMirrorCommandMessage({
        conversationId: CONVERSATION,
        clientKey: 'k-1',
        command: { type: 'note', kind: 'note', body: 'Truus Klein vertelde.' },
        acknowledgeWarnings: true,
        acknowledgedFindings,
      });
    expect(message(['name|truus klein'])).toMatchObject({ ok: true, message: { acknowledgedFindings: ['name|truus klein'] } });
    expect(message([{ id: 'name|truus klein' }])).toEqual({
      ok: false,
      problem: { code: 'SESSION_INVALID_COMMAND', params: { details: 'acknowledgedFindings' } },
    });
  });

  it('refuses unknown themes, values and command types', () => {
    expect(problem({ type: 'capture', body: 'x', themeIds: ['scores'] })).toEqual({
      code: 'SESSION_INVALID_COMMAND',
      params: { details: 'themeIds' },
    });
    expect(problem({ type: 'capture', body: 'x', valueTags: [{ itemId: 'nps', direction: 'visible_strength' }] })).toEqual({
      code: 'SESSION_UNKNOWN_TAG',
    });
    expect(problem({ type: 'rate', body: 'x' })).toEqual({ code: 'SESSION_INVALID_COMMAND', params: { details: 'type' } });
  });

  it('refuses empty and oversized text with the numbers in the message', () => {
    expect(problem({ type: 'note', kind: 'note', body: '   ' })).toEqual({ code: 'SESSION_ENTRY_EMPTY' });
    const long = 'a'.repeat(MIRROR_LIMITS.statementMaxLength + 1);
    expect(problem({ type: 'capture', body: long })).toEqual({ code: 'MIRROR_TEXT_TOO_LONG', params: { max: 1000, length: 1001 } });
    expect(checkMirrorText(' kort ', 10)).toEqual({ ok: true, text: 'kort' });
  });

  it('refuses a message without a usable idempotency key or conversation', () => {
    expect(parseMirrorCommandMessage({ conversationId: CONVERSATION, command: { type: 'start' } })).toEqual({
      ok: false,
      problem: { code: 'SESSION_INVALID_COMMAND', params: { details: 'clientKey' } },
    });
    expect(parseMirrorCommandMessage({ conversationId: 'abc', clientKey: 'k', command: { type: 'start' } })).toEqual({
      ok: false,
      problem: { code: 'SESSION_INVALID_COMMAND', params: { details: 'conversationId' } },
    });
  });
});
