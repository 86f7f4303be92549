import { HARVEST_THEMES } from '../lenses/harvest-themes';
import { MIRROR_COMMAND_TEXT_GUARDS } from '../mirror-conversations/text-guards';
import { MirrorCommandType } from '../mirror-conversations/live';
import { parseMirrorCommandMessage } from '../mirror-conversations/parse-command';
import { asksRoomPseudonym, commandTexts, judgeContent, TextFieldDeclaration } from '../privacy/content-guard';
import { taggableIds } from '../values/framework';
import { LiveCommandType } from './commands';
import { parseLiveCommandMessage } from './parse-command';
import { LIVE_COMMAND_TEXT_GUARDS } from './text-guards';

const ID = '22222222-2222-4222-8222-222222222222';
const BSN_TEXT = 'Dossier 111222333';
const THEME = HARVEST_THEMES[0].id;

/** One valid command of every type, with every optional string filled in (the Record type keeps it complete). */
const LIVE_SAMPLES: Record<LiveCommandType, Record<string, unknown>> = {
  startSession: {},
  endSession: {},
  goToPhase: { phaseId: 'story', toPhaseId: 'questions' },
  timerStart: { phaseId: 'story', durationSeconds: 60 },
  timerPause: { phaseId: 'story' },
  timerExtend: { phaseId: 'story', seconds: 60 },
  reveal: { phaseId: 'story' },
  contribute: { phaseId: 'story', body: BSN_TEXT, entryKind: 'option' },
  ask: { phaseId: 'story', body: BSN_TEXT },
  editEntry: { phaseId: 'story', entryId: ID, body: BSN_TEXT },
  removeEntry: { phaseId: 'story', entryId: ID },
  group: { phaseId: 'story', entryIds: [ID], label: BSN_TEXT },
  ungroup: { phaseId: 'story', entryId: ID },
  renameGroup: { phaseId: 'story', groupId: ID, label: BSN_TEXT },
  vote: { phaseId: 'story', entryId: ID },
  unvote: { phaseId: 'story', entryId: ID },
  tag: { phaseId: 'story', entryId: ID, itemId: taggableIds()[0], direction: 'visible_strength' },
  untag: { phaseId: 'story', tagId: ID },
  markReady: { phaseId: 'story', ready: true },
};

const MIRROR_SAMPLES: Record<MirrorCommandType, Record<string, unknown>> = {
  start: {},
  showQuestion: { questionId: ID },
  openClosingRound: {},
  end: {},
  capture: {
    questionId: ID,
    participantId: ID,
    body: BSN_TEXT,
    themeIds: [THEME],
    valueTags: [{ itemId: taggableIds()[0], direction: 'visible_strength' }],
  },
  editStatement: { statementId: ID, questionId: ID, participantId: ID, body: BSN_TEXT, themeIds: [THEME], valueTags: [] },
  removeStatement: { statementId: ID },
  markAsked: { noteId: ID, asked: true },
  note: { kind: 'note', body: BSN_TEXT, questionId: ID },
  removeNote: { noteId: ID },
};

/** Every key of a parsed command that holds a string or strings. */
function stringKeys(command: Record<string, unknown>): string[] {
  return Object.entries(command)
    .filter(
      ([key, value]) =>
        key !== 'type' &&
        (typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'))),
    )
    .map(([key]) => key);
}

function undeclared(
  catalogue: Readonly<Record<string, Readonly<Record<string, TextFieldDeclaration>>>>,
  type: string,
  command: Record<string, unknown>,
): string[] {
  return stringKeys(command).filter((key) => !(key in catalogue[type]));
}

describe('live command text guards (generated from the command catalogues)', () => {
  it.each(Object.entries(LIVE_SAMPLES))('declares every string of a case-session %s command', (type, fields) => {
    const parsed = parseLiveCommandMessage({ sessionId: ID, clientKey: 'k', command: { type, ...fields } });
    if (!parsed.ok) throw new Error(`sample ${type} does not parse: ${parsed.problem.code}`);
    const command = parsed.message.command as unknown as Record<string, unknown>;
    expect(undeclared(LIVE_COMMAND_TEXT_GUARDS, type, command)).toEqual([]);
    // Every guarded text of the sample holds the BSN, so the guard must refuse exactly the commands with guarded text.
    const texts = commandTexts(LIVE_COMMAND_TEXT_GUARDS, parsed.message.command, true);
    expect(judgeContent(texts, { people: [] }).kind).toBe(texts.length > 0 ? 'refused' : 'clean');
  });

  it.each(Object.entries(MIRROR_SAMPLES))('declares every string of a mirror-conversation %s command', (type, fields) => {
    const parsed = parseMirrorCommandMessage({ conversationId: ID, clientKey: 'k', command: { type, ...fields } });
    if (!parsed.ok) throw new Error(`sample ${type} does not parse: ${parsed.problem.code}`);
    const command = parsed.message.command as unknown as Record<string, unknown>;
    expect(undeclared(MIRROR_COMMAND_TEXT_GUARDS, type, command)).toEqual([]);
    const texts = commandTexts(MIRROR_COMMAND_TEXT_GUARDS, parsed.message.command, true);
    expect(judgeContent(texts, { people: [] }).kind).toBe(texts.length > 0 ? 'refused' : 'clean');
  });

  it('guards the free text of both rooms and exempts the rest with a reason', () => {
    const guarded = (catalogue: Readonly<Record<string, Readonly<Record<string, TextFieldDeclaration>>>>) =>
      Object.entries(catalogue).flatMap(([type, fields]) =>
        Object.entries(fields)
          .filter(([, d]) => d.mode !== 'none')
          .map(([key]) => `${type}.${key}`),
      );
    expect(guarded(LIVE_COMMAND_TEXT_GUARDS)).toEqual([
      'contribute.body',
      'ask.body',
      'editEntry.body',
      'group.label',
      'renameGroup.label',
    ]);
    expect(guarded(MIRROR_COMMAND_TEXT_GUARDS)).toEqual(['capture.body', 'editStatement.body', 'note.body']);
    // A case session gives the resident a pseudonym when it is about a case (the room decides); a mirror conversation
    // always gives the relative one ("Naaste A").
    const pseudonyms = [
      [LIVE_COMMAND_TEXT_GUARDS, 'room'],
      [MIRROR_COMMAND_TEXT_GUARDS, true],
    ] as [Readonly<Record<string, Readonly<Record<string, TextFieldDeclaration>>>>, boolean | 'room'][];
    for (const [catalogue, pseudonym] of pseudonyms) {
      for (const fields of Object.values(catalogue))
        for (const d of Object.values(fields)) {
          if (d.mode !== 'full') expect(d.reason?.trim()).toBeTruthy();
          else expect(d.pseudonym).toBe(pseudonym);
        }
    }
  });

  it('reads the guarded text of a command with its field path and whether the room gives a pseudonym', () => {
    const parsed = parseLiveCommandMessage({
      sessionId: ID,
      clientKey: 'k',
      command: { type: 'contribute', phaseId: 'story', body: ' Mevrouw Jansen at niet. ' },
    });
    if (!parsed.ok) throw new Error('does not parse');
    expect(commandTexts(LIVE_COMMAND_TEXT_GUARDS, parsed.message.command, true)).toEqual([
      { field: 'body', text: 'Mevrouw Jansen at niet.', mode: 'full', pseudonym: true },
    ]);
    // Only a command with such a text asks its room; a dot or a mirror capture never does.
    expect(asksRoomPseudonym(LIVE_COMMAND_TEXT_GUARDS, parsed.message.command)).toBe(true);
    expect(asksRoomPseudonym(LIVE_COMMAND_TEXT_GUARDS, { type: 'vote', phaseId: 'story', entryId: ID })).toBe(false);
    expect(asksRoomPseudonym(MIRROR_COMMAND_TEXT_GUARDS, { type: 'note', body: 'x' } as never)).toBe(false);
    // A session without a case: no pseudonym to point to.
    expect(commandTexts(LIVE_COMMAND_TEXT_GUARDS, parsed.message.command, false)).toEqual([
      { field: 'body', text: 'Mevrouw Jansen at niet.', mode: 'full', pseudonym: false },
    ]);
  });
});
