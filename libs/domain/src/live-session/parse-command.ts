import { isTaggableId } from '../values/framework';
import { isTagDirection } from '../values/tagging';
import { LIVE_COMMAND_RULES, LiveCommand, LiveCommandType } from './commands';
import { LIVE_LIMITS } from './limits';
import { LiveCommandMessage } from './socket';
import { findingIds, LiveProblem, malformed, record, Refusal, uuid } from './message-reading';

export type { LiveProblem } from './message-reading';

export type ParsedLiveMessage =
  { readonly ok: true; readonly message: LiveCommandMessage } | { readonly ok: false; readonly problem: LiveProblem };

const PHASE_ID_MAX = 100;

function phaseId(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.length > PHASE_ID_MAX) malformed('phaseId');
  return value;
}

function flag(value: unknown, what: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') malformed(what);
  return value;
}

function seconds(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > LIVE_LIMITS.maxTimerSeconds) {
    throw new Refusal({ code: 'SESSION_TIMER_RANGE', params: { max: LIVE_LIMITS.maxTimerSeconds / 60 } });
  }
  return value;
}

function label(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text || text.length > LIVE_LIMITS.groupLabelMaxLength) {
    throw new Refusal({ code: 'SESSION_LABEL_INVALID', params: { max: LIVE_LIMITS.groupLabelMaxLength } });
  }
  return text;
}

/**
 * The text of a contribution, question or option, trimmed; the web calls this
 * too, to show the same message before sending.
 */
export function checkEntryBody(value: unknown): { ok: true; body: string } | { ok: false; problem: LiveProblem } {
  const body = typeof value === 'string' ? value.trim() : '';
  if (!body) return { ok: false, problem: { code: 'SESSION_ENTRY_EMPTY' } };
  if (body.length > LIVE_LIMITS.entryMaxLength) {
    return { ok: false, problem: { code: 'SESSION_ENTRY_TOO_LONG', params: { max: LIVE_LIMITS.entryMaxLength, length: body.length } } };
  }
  return { ok: true, body };
}

function entryBody(value: unknown): string {
  const checked = checkEntryBody(value);
  if (!checked.ok) throw new Refusal(checked.problem);
  return checked.body;
}

/** What every written entry (a contribution, an option, a question) carries: its phase, its text, and for whom it is written. */
function writtenEntry(raw: Record<string, unknown>) {
  const forRoom = flag(raw.forRoom, 'forRoom');
  return {
    phaseId: phaseId(raw.phaseId),
    body: entryBody(raw.body),
    // An entry written for the room has no author to hide.
    anonymous: !forRoom && flag(raw.anonymous, 'anonymous'),
    forRoom,
  };
}

function command(raw: Record<string, unknown>): LiveCommand {
  const type = raw.type as LiveCommandType;
  if (typeof type !== 'string' || !(type in LIVE_COMMAND_RULES)) malformed('type');
  switch (type) {
    case 'startSession':
    case 'endSession':
      return { type };
    case 'goToPhase':
      return { type, phaseId: phaseId(raw.phaseId), toPhaseId: phaseId(raw.toPhaseId) };
    case 'timerStart':
      return raw.durationSeconds === undefined
        ? { type, phaseId: phaseId(raw.phaseId) }
        : { type, phaseId: phaseId(raw.phaseId), durationSeconds: seconds(raw.durationSeconds) };
    case 'timerPause':
    case 'reveal':
      return { type, phaseId: phaseId(raw.phaseId) };
    case 'timerExtend':
      return { type, phaseId: phaseId(raw.phaseId), seconds: seconds(raw.seconds) };
    case 'contribute': {
      const entryKind = raw.entryKind ?? 'contribution';
      if (entryKind !== 'contribution' && entryKind !== 'option') malformed('entryKind');
      return { type, ...writtenEntry(raw), entryKind };
    }
    case 'ask':
      return { type, ...writtenEntry(raw) };
    case 'editEntry':
      return { type, phaseId: phaseId(raw.phaseId), entryId: uuid(raw.entryId, 'entryId'), body: entryBody(raw.body) };
    case 'removeEntry':
    case 'ungroup':
      return { type, phaseId: phaseId(raw.phaseId), entryId: uuid(raw.entryId, 'entryId') };
    case 'group': {
      const ids = raw.entryIds;
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > LIVE_LIMITS.maxEntriesPerCommand) malformed('entryIds');
      const entryIds = [...new Set(ids.map((id) => uuid(id, 'entryIds')))];
      if (raw.groupId !== undefined) return { type, phaseId: phaseId(raw.phaseId), entryIds, groupId: uuid(raw.groupId, 'groupId') };
      return { type, phaseId: phaseId(raw.phaseId), entryIds, label: label(raw.label) };
    }
    case 'renameGroup':
      return { type, phaseId: phaseId(raw.phaseId), groupId: uuid(raw.groupId, 'groupId'), label: label(raw.label) };
    case 'vote':
    case 'unvote':
      return { type, phaseId: phaseId(raw.phaseId), entryId: uuid(raw.entryId, 'entryId'), forRoom: flag(raw.forRoom, 'forRoom') };
    case 'tag':
      if (!isTaggableId(raw.itemId) || !isTagDirection(raw.direction)) throw new Refusal({ code: 'SESSION_UNKNOWN_TAG' });
      return { type, phaseId: phaseId(raw.phaseId), entryId: uuid(raw.entryId, 'entryId'), itemId: raw.itemId, direction: raw.direction };
    case 'untag':
      return { type, phaseId: phaseId(raw.phaseId), tagId: uuid(raw.tagId, 'tagId') };
    case 'markReady':
      if (typeof raw.ready !== 'boolean') malformed('ready');
      return { type, phaseId: phaseId(raw.phaseId), ready: raw.ready };
  }
}

/**
 * Checks the shape of a `session:command` message as it arrives from a socket
 * (anything may arrive) and returns a clean, trimmed message with defaults
 * filled in. Whether the sender may do it is for the server to decide.
 */
export function parseLiveCommandMessage(raw: unknown): ParsedLiveMessage {
  try {
    const message = record(raw, 'message');
    const clientKey = message.clientKey;
    if (typeof clientKey !== 'string' || clientKey === '' || clientKey.length > LIVE_LIMITS.clientKeyMaxLength) malformed('clientKey');
    return {
      ok: true,
      message: {
        sessionId: uuid(message.sessionId, 'sessionId'),
        clientKey,
        command: command(record(message.command, 'command')),
        acknowledgeWarnings: flag(message.acknowledgeWarnings, 'acknowledgeWarnings'),
        ...(message.acknowledgedFindings === undefined ? {} : { acknowledgedFindings: findingIds(message.acknowledgedFindings) }),
        keepFlaggedText: flag(message.keepFlaggedText, 'keepFlaggedText'),
        ...(message.escalationPromptId === undefined ? {} : { escalationPromptId: uuid(message.escalationPromptId, 'escalationPromptId') }),
      },
    };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}
