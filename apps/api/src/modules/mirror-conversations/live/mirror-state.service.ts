import {
  MIRROR_PLANNER_ROLES,
  MirrorLiveNote,
  MirrorLiveParticipant,
  MirrorLiveRole,
  MirrorLiveState,
  MirrorLiveStatement,
  MirrorView,
  quoteAllowed,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import type { MirrorListenerNoteRow, MirrorParticipantRow, MirrorQuestionRow } from '../../../engine/database/tables.generated';
import { UserError } from '../../../engine/graphql/user-error';
import { MirrorAccess } from '../mirror-access';
import { ACTIVE_SCOPES, ScopeList, StatementRow, ViewedConversationRow } from '../mirror-rows';

/** A note as NOTE_COLUMNS reads it. */
export type NoteRow = Pick<MirrorListenerNoteRow, 'id' | 'kind' | 'body' | 'question_id' | 'asked_at' | 'author_id' | 'created_at'>;
/** A question as the snapshot reads it, its themes under the screen's name. */
type QuestionRow = Pick<MirrorQuestionRow, 'id' | 'position' | 'body'> & { themeIds: MirrorQuestionRow['theme_ids'] };
/** A participant with the scopes they consent to now (ACTIVE_SCOPES). */
type ParticipantRow = Pick<MirrorParticipantRow, 'id' | 'pseudonym' | 'kind'> & { scopes: ScopeList };

/** The columns a screen's note is made of (snapshot and event read the same). */
export const NOTE_COLUMNS = 'id, kind, body, question_id, asked_at, author_id, created_at';
export const STATEMENT_COLUMNS =
  'id, question_id, participant_id, body, theme_ids, value_tags, quotable, in_harvest, created_at, edited_at';

export function toNote(row: NoteRow, viewer: Viewer): MirrorLiveNote {
  return {
    id: row.id,
    kind: row.kind,
    body: row.body,
    questionId: row.question_id,
    asked: row.asked_at !== null,
    mine: row.author_id === viewer.personId,
    createdAt: row.created_at.toISOString(),
  };
}

export function toStatement(s: StatementRow): MirrorLiveStatement {
  return {
    id: s.id,
    questionId: s.question_id,
    participantId: s.participant_id,
    body: s.body,
    themeIds: s.theme_ids,
    valueTags: s.value_tags,
    quotable: s.quotable,
    createdAt: s.created_at.toISOString(),
    editedAt: s.edited_at?.toISOString() ?? null,
  };
}

/** What the viewer is in the room: the snapshot and the audience rooms follow it. */
export function roleIn(row: ViewedConversationRow, viewer: Viewer): MirrorLiveRole {
  return row.moderator_id === viewer.personId ? 'moderator' : row.viewer_is_listener ? 'listener' : 'viewer';
}

/**
 * One screen's snapshot of the live conversation, read from PostgreSQL. What
 * is filled in depends on who looks and how: the moderator's console gets the
 * statements and the relatives' pseudonyms; a listener's console their own
 * private notes and everyone's clarifying questions (without authors); the
 * projector only the question on the table.
 */
@Injectable()
export class MirrorStateService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: MirrorAccess,
  ) {}

  /** Consoles are for the moderator and the listeners; the projector also for planners, who may set up the room. */
  async admitted(conversationId: string, view: MirrorView, access: TenantAccess, viewer: Viewer): Promise<ViewedConversationRow> {
    const row = await this.conversations.viewed(conversationId, access, viewer);
    const inRoom = row.moderator_id === viewer.personId || row.viewer_is_listener;
    const planner = access.roles.some((role) => MIRROR_PLANNER_ROLES.includes(role));
    if (!inRoom && !(view === 'projector' && planner)) throw new UserError('MIRROR_NOT_IN_CONVERSATION');
    return row;
  }

  async snapshot(row: ViewedConversationRow, view: MirrorView, viewer: Viewer): Promise<MirrorLiveState> {
    const role = roleIn(row, viewer);
    const console = view === 'console';
    const moderatorConsole = console && role === 'moderator';
    const [questions, participants, statements, notes] = await Promise.all([
      this.db.query<QuestionRow[]>(
        `SELECT id, position, body, theme_ids AS "themeIds" FROM mirror_question WHERE conversation_id = $1 ORDER BY position`,
        [row.id],
      ),
      moderatorConsole ? this.participants(row.id) : Promise.resolve([]),
      moderatorConsole
        ? this.db.query<StatementRow[]>(
            `SELECT ${STATEMENT_COLUMNS} FROM mirror_statement WHERE conversation_id = $1 ORDER BY created_at, id`,
            [row.id],
          )
        : Promise.resolve([]),
      console
        ? this.db.query<NoteRow[]>(
            `SELECT ${NOTE_COLUMNS} FROM mirror_listener_note
             WHERE conversation_id = $1 AND (kind = 'question' OR author_id = $2) ORDER BY created_at, id`,
            [row.id, viewer.personId],
          )
        : Promise.resolve([]),
    ]);
    return {
      conversationId: row.id,
      version: Number(row.version),
      view,
      role,
      theme: row.theme,
      status: row.status,
      questions,
      currentQuestionId: row.current_question_id,
      closingRound: row.closing_round,
      escalationProcedure: console ? row.escalation_procedure : '',
      participants,
      statements: statements.map(toStatement),
      notes: notes.filter((n) => n.kind === 'note').map((n) => toNote(n, viewer)),
      clarifyingQuestions: notes.filter((n) => n.kind === 'question').map((n) => toNote(n, viewer)),
    };
  }

  private async participants(conversationId: string): Promise<MirrorLiveParticipant[]> {
    const rows = await this.db.query<ParticipantRow[]>(
      `SELECT p.id, p.pseudonym, p.kind, ${ACTIVE_SCOPES} AS scopes FROM mirror_participant p WHERE p.conversation_id = $1 ORDER BY p.created_at, p.id`,
      [conversationId],
    );
    return rows.map((r) => ({
      id: r.id,
      pseudonym: r.pseudonym,
      kind: r.kind,
      takesPart: r.scopes.includes('take_part'),
      mayBeQuoted: quoteAllowed('team', r.scopes),
    }));
  }
}
