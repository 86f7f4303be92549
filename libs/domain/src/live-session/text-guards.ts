import { CommandTextCatalogue, exemptText, guardedText } from '../privacy/content-guard';
import { LiveCommand } from './commands';

/** About the resident of the session: with a pseudonym when the session is about a case, without one otherwise. */
const ABOUT_CASE = guardedText({ pseudonym: 'room' });
const PHASE = exemptText('the id of a phase of the method');
const ID = exemptText('the id of an entry, group or tag of this session');
const CHOICE = exemptText('one of a fixed list');

/**
 * The content guard of the live case session (issue #9): which text of each
 * command passes the guard on the server before anything is stored, and on
 * the phone before it is sent. Contributions, questions, options and group
 * labels are free text about a resident.
 */
export const LIVE_COMMAND_TEXT_GUARDS: CommandTextCatalogue<LiveCommand> = {
  startSession: {},
  endSession: {},
  goToPhase: { phaseId: PHASE, toPhaseId: PHASE },
  timerStart: { phaseId: PHASE },
  timerPause: { phaseId: PHASE },
  timerExtend: { phaseId: PHASE },
  reveal: { phaseId: PHASE },
  contribute: { phaseId: PHASE, body: ABOUT_CASE, entryKind: CHOICE },
  ask: { phaseId: PHASE, body: ABOUT_CASE },
  editEntry: { phaseId: PHASE, entryId: ID, body: ABOUT_CASE },
  removeEntry: { phaseId: PHASE, entryId: ID },
  group: { phaseId: PHASE, entryIds: ID, groupId: ID, label: ABOUT_CASE },
  ungroup: { phaseId: PHASE, entryId: ID },
  renameGroup: { phaseId: PHASE, groupId: ID, label: ABOUT_CASE },
  vote: { phaseId: PHASE, entryId: ID },
  unvote: { phaseId: PHASE, entryId: ID },
  tag: { phaseId: PHASE, entryId: ID, itemId: exemptText('an item of the values framework'), direction: CHOICE },
  untag: { phaseId: PHASE, tagId: ID },
  markReady: { phaseId: PHASE },
};
