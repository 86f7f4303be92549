import { isLookBackDue, RUNNING_PRACTICE_STATUSES, todayInNetherlands } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import type { PracticeRow } from '../../engine/database/tables.generated';
import { UserError } from '../../engine/graphql/user-error';
import { requireOwnTeam } from '../../engine/policy/own-team';
import { checkLookBackToCome, loadPractices } from '../reflection-sessions';
import { TrackedPracticeDto } from './dtos/practice.dto';
import { LookBackOnPracticeInput } from './dtos/practice.inputs';
import { FOLLOWED_PRACTICE, PRACTICE_LIST_SELECT, PracticeListRow } from './practice-rows';
import { TeamScope, teamScope } from './team-scope';
import { practiceListOrder } from './utils/practice-list-order';
import { namedRef } from '../../engine/graphql/named-ref';

/** A look-back whose day has come, for the reminder job (e-mail and in-app notifications). */
interface DueLookBack {
  practiceId: string;
  organisationId: string;
  teamId: string | null;
  teamName: string | null;
  what: string;
  who: string;
  /** YYYY-MM-DD */
  lookBackOn: string;
}

/**
 * New practices (nieuwe praktijk) from every activity in one list per team
 * and organisation, with their "hoe ging het?" reviews. Sessions, mirror
 * conversations and peer visits write the practices; this is where a team
 * follows them over months and looks back outside a session. The open ones
 * also come back at the team's next session (reflection sessions module).
 */
@Injectable()
export class PracticesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The viewer's practices: due look-backs first, then running ones by date, then the finished ones. */
  async list(viewer: Viewer, access: TenantAccess, teamId?: string | null): Promise<TrackedPracticeDto[]> {
    await requireOwnTeam(this.db.manager, access.organisationId, teamId);
    const scope = teamScope(viewer, access);
    const rows: PracticeListRow[] = await this.db.query(
      `${PRACTICE_LIST_SELECT} WHERE ${FOLLOWED_PRACTICE} AND ($5::uuid IS NULL OR p.team_id = $5)`,
      [...scopeParams(scope), teamId ?? null],
    );
    const practices = await this.withReviews(this.db.manager, rows);
    return practices.sort(practiceListOrder);
  }

  /**
   * "Hoe ging het?" written in the list: anyone who follows the practice may
   * look back, set its status and agree when to look back again.
   */
  async lookBack(viewer: Viewer, access: TenantAccess, input: LookBackOnPracticeInput): Promise<TrackedPracticeDto> {
    checkLookBackToCome('nextLookBackOn', input.nextLookBackOn);
    return this.db.transaction(async (manager) => {
      const [row] = await manager.query<Pick<PracticeRow, 'id'>[]>(
        `SELECT p.id FROM practice p WHERE p.id = $5 AND ${FOLLOWED_PRACTICE} FOR UPDATE`,
        [...scopeParams(teamScope(viewer, access)), input.practiceId],
      );
      if (!row) throw new UserError('NOT_FOUND');
      await manager.query(
        `INSERT INTO practice_review (organisation_id, practice_id, body, status, author_id) VALUES ($1, $2, $3, $4, $5)`,
        [access.organisationId, input.practiceId, input.body, input.status ?? null, viewer.personId],
      );
      await manager.query(
        `UPDATE practice SET status = coalesce($2, status), look_back_on = coalesce($3::date, look_back_on), updated_at = now() WHERE id = $1`,
        [input.practiceId, input.status ?? null, input.nextLookBackOn ?? null],
      );
      const rows: PracticeListRow[] = await manager.query(`${PRACTICE_LIST_SELECT} WHERE p.id = $1`, [input.practiceId]);
      const [practice] = await this.withReviews(manager, rows);
      return practice;
    });
  }

  /**
   * Every look-back, in every organisation, whose day is `date` (YYYY-MM-DD)
   * or earlier and that nobody has looked back on since: for the reminder
   * job, which decides whom to tell.
   */
  async dueLookBacks(date: string): Promise<DueLookBack[]> {
    const rows: PracticeListRow[] = await this.db.query(
      `${PRACTICE_LIST_SELECT} WHERE p.look_back_on <= $1 AND p.status = ANY($2) ORDER BY p.look_back_on, p.id`,
      [date, RUNNING_PRACTICE_STATUSES],
    );
    return rows
      .filter((r) => isLookBackDue({ status: r.status, lookBackOn: r.look_back_on, reviewDays: r.review_days }, date))
      .map((r) => ({
        practiceId: r.id,
        organisationId: r.organisation_id,
        teamId: r.team_id,
        teamName: r.team_name,
        what: r.what,
        who: r.who,
        lookBackOn: r.look_back_on as string,
      }));
  }

  /** The rows with their reviews, loaded the way the session's harvest loads them. */
  private async withReviews(manager: EntityManager, rows: PracticeListRow[]): Promise<TrackedPracticeDto[]> {
    if (rows.length === 0) return [];
    const reviewed = new Map((await loadPractices(manager, `p.id = ANY($1::uuid[])`, [rows.map((r) => r.id)])).map((p) => [p.id, p]));
    const today = todayInNetherlands();
    return rows.map((r) => {
      const practice = reviewed.get(r.id)!;
      return {
        ...practice,
        reviews: [...practice.reviews],
        team: namedRef(r.team_id, r.team_name),
        source: r.source,
        sourceTitle: r.source_title,
        createdAt: r.created_at,
        lookBackDue: isLookBackDue({ status: r.status, lookBackOn: r.look_back_on, reviewDays: r.review_days }, today),
      };
    });
  }
}

function scopeParams(scope: TeamScope): [string, boolean, string[], string] {
  return [scope.organisationId, scope.allTeams, scope.teamIds, scope.personId];
}
