import { CommandTextCatalogue, exemptText, guardedText } from '../privacy/content-guard';
import { MirrorCommand } from './live';

/** What a relative said, captured under the pseudonym the conversation gives each participant. */
const SAID = guardedText({ pseudonym: true });
const ID = exemptText('the id of a question, relative, statement or note of this conversation');

/**
 * The content guard of the live mirror conversation (issue #9): the
 * moderator's captured statements and the listeners' notes and questions
 * pass the guard before anything is stored.
 */
export const MIRROR_COMMAND_TEXT_GUARDS: CommandTextCatalogue<MirrorCommand> = {
  start: {},
  showQuestion: { questionId: ID },
  openClosingRound: {},
  end: {},
  capture: { questionId: ID, participantId: ID, body: SAID, themeIds: exemptText('ids of harvest themes') },
  editStatement: { statementId: ID, questionId: ID, participantId: ID, body: SAID, themeIds: exemptText('ids of harvest themes') },
  removeStatement: { statementId: ID },
  markAsked: { noteId: ID },
  note: { kind: exemptText('note or question'), body: SAID, questionId: ID },
  removeNote: { noteId: ID },
};
