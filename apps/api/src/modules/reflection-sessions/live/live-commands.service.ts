import {
  commandTexts,
  LIVE_COMMAND_RULES,
  LIVE_COMMAND_TEXT_GUARDS,
  LiveCommand,
  LiveCommandAck,
  LiveEvent,
  parseLiveCommandMessage,
  phaseAllows,
  PHASE_KIND_CATALOGUE,
  requiredAction,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { exactlyOnce, lookupReceipt, ReceiptTable } from '../../../engine/live/command-receipt';
import { ContentGuardService } from '../../../engine/privacy/content-guard.service';
import { SessionRow } from '../session-rows';
import { CommandContext, runCommand } from './command-handlers';
import { bumpVersion } from './session-version';

/** The ack for the sender, and the event for the room (null when nothing changed or on a replay). */
export interface CommandResult {
  ack: Extract<LiveCommandAck, { ok: true }>;
  event: LiveEvent | null;
}

type LockedRow = SessionRow & { viewer_role: string | null };
type Receipt = { version: number; created_id: string | null };

const RECEIPTS: ReceiptTable = { table: 'session_command_receipt', roomColumn: 'session_id' };

function replayed(receipt: Receipt): CommandResult {
  return { ack: { ok: true, version: Number(receipt.version), replayed: true, createdId: receipt.created_id }, event: null };
}

/**
 * Applies one live command exactly once. In a single transaction: lock the
 * session row (commands of one session run one at a time, on any API
 * process), then, in a statement of its own, answer a replayed clientKey
 * with its original result (also one that was in flight at the same time), check the
 * command, store its change, bump the version and record the clientKey. Only
 * after the commit does the caller ack and broadcast. A refused command
 * throws a UserError and leaves everything as it was.
 */
@Injectable()
export class LiveCommandsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly guard: ContentGuardService,
  ) {}

  async execute(viewer: Viewer, access: TenantAccess, raw: unknown): Promise<CommandResult> {
    const parsed = parseLiveCommandMessage(raw);
    if (!parsed.ok) throw new UserError(parsed.problem.code, parsed.problem.params);
    const { sessionId, clientKey, command, acknowledgeWarnings } = parsed.message;
    // The content guard before anything is stored: the texts the room's catalogue declares (LIVE_COMMAND_TEXT_GUARDS).
    await this.guard.require([access.organisationId], commandTexts(LIVE_COMMAND_TEXT_GUARDS, command), acknowledgeWarnings ?? false, viewer.preferredLanguage);
    return exactlyOnce(this.db, (manager) => this.apply(manager, viewer, sessionId, clientKey, command), () => this.replay(viewer, sessionId, clientKey), RECEIPTS);
  }

  private async apply(manager: EntityManager, viewer: Viewer, sessionId: string, clientKey: string, command: LiveCommand): Promise<CommandResult> {
    const [session]: LockedRow[] = await manager.query(
      `SELECT s.*, p.role AS viewer_role FROM reflection_session s
       LEFT JOIN session_participant p ON p.session_id = s.id AND p.person_id = $2
       WHERE s.id = $1 FOR UPDATE OF s`,
      [sessionId, viewer.personId],
    );
    if (!session) throw new UserError('NOT_FOUND');
    if (!session.viewer_role) throw new UserError('SESSION_NOT_PARTICIPANT');
    const { now, receipt: spent } = await lookupReceipt<Receipt>(manager, RECEIPTS, sessionId, viewer.personId, clientKey);
    if (spent) return replayed(spent);
    const ctx: CommandContext = {
      manager,
      session,
      phase: session.method_snapshot.phases[session.current_phase_index],
      personId: viewer.personId,
      isModerator: session.moderator_id === viewer.personId,
      clientKey,
      now,
    };
    this.check(ctx, command, viewer);
    const outcome = await runCommand(ctx, command);
    const receipt = { personId: viewer.personId, clientKey, createdId: outcome.createdId };
    if (!outcome.body) {
      // Nothing changed, but the key is still spent: a replay must not apply it later either.
      await manager.query(
        `INSERT INTO session_command_receipt (session_id, person_id, client_key, organisation_id, version, created_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [sessionId, viewer.personId, clientKey, session.organisation_id, session.version, outcome.createdId],
      );
      return { ack: { ok: true, version: Number(session.version), replayed: false, createdId: outcome.createdId }, event: null };
    }
    const event = await bumpVersion(manager, sessionId, outcome.body, receipt);
    return { ack: { ok: true, version: event.version, replayed: false, createdId: outcome.createdId }, event };
  }

  /** A copy of a command that lost the race to its twin: answered with the twin's result. */
  private async replay(viewer: Viewer, sessionId: string, clientKey: string): Promise<CommandResult | null> {
    const { receipt } = await lookupReceipt<Receipt>(this.db.manager, RECEIPTS, sessionId, viewer.personId, clientKey);
    return receipt ? replayed(receipt) : null;
  }

  /** The rules every command shares (LIVE_COMMAND_RULES), before its own handler runs. */
  private check(ctx: CommandContext, command: LiveCommand, viewer: Viewer): void {
    const rule = LIVE_COMMAND_RULES[command.type];
    if (rule.moderatorOnly && !ctx.isModerator) throw new UserError('SESSION_MODERATOR_ONLY');
    if (rule.whilePlanned) {
      if (ctx.session.status !== 'planned') throw new UserError('SESSION_NOT_PLANNED');
      return;
    }
    if (ctx.session.status !== 'live') throw new UserError('SESSION_NOT_LIVE');
    if (rule.phaseBound && 'phaseId' in command && command.phaseId !== ctx.phase.id) throw new UserError('SESSION_PHASE_MOVED');
    const action = requiredAction(command);
    if (action && !phaseAllows(ctx.phase.kind, action)) {
      throw new UserError('SESSION_ACTION_NOT_IN_PHASE', { phase: PHASE_KIND_CATALOGUE[ctx.phase.kind].label[viewer.preferredLanguage] });
    }
  }
}
