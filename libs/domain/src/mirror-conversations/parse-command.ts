import { isHarvestThemeId } from '../lenses/harvest-themes';
import { findingIds, LiveProblem, malformed, record, Refusal, uuid } from '../live-session/message-reading';
import { isTaggableId } from '../values/framework';
import { isTagDirection } from '../values/tagging';
import { MIRROR_LIMITS } from './limits';
import {
  MIRROR_COMMAND_RULES,
  MirrorCommand,
  MirrorCommandMessage,
  MirrorCommandType,
  MirrorStatementFields,
  MirrorValueTag,
} from './live';

export type ParsedMirrorMessage =
  { readonly ok: true; readonly message: MirrorCommandMessage } | { readonly ok: false; readonly problem: LiveProblem };

function optionalUuid(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : uuid(value, what);
}

/**
 * A statement, note or question, trimmed; the web calls this too, to show the
 * same message before sending (and keeps the text when it is refused).
 */
export function checkMirrorText(value: unknown, max: number): { ok: true; text: string } | { ok: false; problem: LiveProblem } {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return { ok: false, problem: { code: 'SESSION_ENTRY_EMPTY' } };
  if (text.length > max) return { ok: false, problem: { code: 'MIRROR_TEXT_TOO_LONG', params: { max, length: text.length } } };
  return { ok: true, text };
}

function text(value: unknown, max: number): string {
  const checked = checkMirrorText(value, max);
  if (!checked.ok) throw new Refusal(checked.problem);
  return checked.text;
}

function themeIds(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MIRROR_LIMITS.maxThemesPerQuestion || !value.every(isHarvestThemeId)) malformed('themeIds');
  return [...new Set(value as string[])];
}

function valueTags(value: unknown): MirrorValueTag[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MIRROR_LIMITS.maxValueTagsPerStatement) malformed('valueTags');
  const tags = value.map((raw) => {
    const tag = record(raw, 'valueTags');
    if (!isTaggableId(tag.itemId) || !isTagDirection(tag.direction)) throw new Refusal({ code: 'SESSION_UNKNOWN_TAG' });
    return { itemId: tag.itemId, direction: tag.direction };
  });
  // One tag per item and direction, like the tags of a reflection session.
  return tags.filter((tag, i) => tags.findIndex((t) => t.itemId === tag.itemId && t.direction === tag.direction) === i);
}

function statement(raw: Record<string, unknown>): MirrorStatementFields {
  if (raw.quotable !== undefined && typeof raw.quotable !== 'boolean') malformed('quotable');
  return {
    questionId: optionalUuid(raw.questionId, 'questionId'),
    participantId: optionalUuid(raw.participantId, 'participantId'),
    body: text(raw.body, MIRROR_LIMITS.statementMaxLength),
    themeIds: themeIds(raw.themeIds),
    valueTags: valueTags(raw.valueTags),
    quotable: raw.quotable === true,
  };
}

function command(raw: Record<string, unknown>): MirrorCommand {
  const type = raw.type as MirrorCommandType;
  if (typeof type !== 'string' || !(type in MIRROR_COMMAND_RULES)) malformed('type');
  switch (type) {
    case 'start':
    case 'openClosingRound':
    case 'end':
      return { type };
    case 'showQuestion':
      return { type, questionId: uuid(raw.questionId, 'questionId') };
    case 'capture':
      return { type, ...statement(raw) };
    case 'editStatement':
      return { type, statementId: uuid(raw.statementId, 'statementId'), ...statement(raw) };
    case 'removeStatement':
      return { type, statementId: uuid(raw.statementId, 'statementId') };
    case 'markAsked':
      if (typeof raw.asked !== 'boolean') malformed('asked');
      return { type, noteId: uuid(raw.noteId, 'noteId'), asked: raw.asked };
    case 'note':
      if (raw.kind !== 'note' && raw.kind !== 'question') malformed('kind');
      return {
        type,
        kind: raw.kind,
        body: text(raw.body, MIRROR_LIMITS.noteMaxLength),
        questionId: optionalUuid(raw.questionId, 'questionId'),
      };
    case 'removeNote':
      return { type, noteId: uuid(raw.noteId, 'noteId') };
  }
}

/**
 * Checks the shape of a `mirror:command` message as it arrives from a socket
 * (anything may arrive) and returns a clean, trimmed message. Whether the
 * sender may do it, and whether the ids belong to this conversation, is for
 * the server to decide.
 */
export function parseMirrorCommandMessage(raw: unknown): ParsedMirrorMessage {
  try {
    const message = record(raw, 'message');
    const clientKey = message.clientKey;
    if (typeof clientKey !== 'string' || clientKey === '' || clientKey.length > MIRROR_LIMITS.clientKeyMaxLength) malformed('clientKey');
    const acknowledgeWarnings = message.acknowledgeWarnings ?? false;
    if (typeof acknowledgeWarnings !== 'boolean') malformed('acknowledgeWarnings');
    const keepFlaggedText = message.keepFlaggedText ?? false;
    if (typeof keepFlaggedText !== 'boolean') malformed('keepFlaggedText');
    return {
      ok: true,
      message: {
        conversationId: uuid(message.conversationId, 'conversationId'),
        clientKey,
        command: command(record(message.command, 'command')),
        acknowledgeWarnings,
        ...(message.acknowledgedFindings === undefined ? {} : { acknowledgedFindings: findingIds(message.acknowledgedFindings) }),
        keepFlaggedText,
        ...(message.escalationPromptId === undefined ? {} : { escalationPromptId: uuid(message.escalationPromptId, 'escalationPromptId') }),
      },
    };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}
