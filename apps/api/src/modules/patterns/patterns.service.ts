import {
  buildHeatMap,
  internalSystemsSignal,
  MIN_GROUP_SIZE,
  quarterStart,
  recentQuarters,
  TagCount,
  todayInNetherlands,
  vulnerabilityPatterns,
  PatternLevel,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { networkOthers } from '../../engine/privacy/network-others';
import type { TeamRow } from '../../engine/database/tables.generated';
import { UserError } from '../../engine/graphql/user-error';
import { followsTeam, teamScope } from '../practices';
import { ValuePatternsDto } from './dtos/patterns.dto';
import { networkScope, organisationScope, PatternScope, PRACTICE_ROWS, tagRows } from './pattern-sources';
import { AgreedPractice, ruleQuarters } from './utils/rule-quarters';
import { besideTeams } from './utils/beside-teams';

/**
 * Patterns over time per team, organisation and learning network (domain
 * guide §3, §7): values tagged by direction as a heat map per quarter,
 * vulnerabilities that come back, and the "new internal systems" signal.
 * The arithmetic (bucketing, suppression of groups under five, the signal)
 * is shared domain logic; this service only gathers the rows. Nothing here
 * compares organisations: the network level is one aggregate.
 */
@Injectable()
export class PatternsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A team's patterns for those who follow the team; the organisation's for every member. */
  async forOrganisation(viewer: Viewer, access: TenantAccess, teamId: string | null, quarterCount: number): Promise<ValuePatternsDto> {
    if (teamId) {
      const [team] = await this.db.query<Pick<TeamRow, 'id'>[]>(`SELECT id FROM team WHERE id = $1 AND organisation_id = $2`, [
        teamId,
        access.organisationId,
      ]);
      if (!team) throw new UserError('NOT_FOUND');
      if (!followsTeam(teamScope(viewer, access), teamId)) throw new UserError('NOT_YOUR_TEAM');
    }
    if (teamId) return this.patterns('team', organisationScope(access.organisationId, teamId), quarterCount);
    const whole = await this.patterns('organisation', organisationScope(access.organisationId, null), quarterCount);
    const teams = await this.db.query<Pick<TeamRow, 'id'>[]>(`SELECT id FROM team WHERE organisation_id = $1`, [access.organisationId]);
    const perTeam = await Promise.all(
      teams.map((team) => this.patterns('team', organisationScope(access.organisationId, team.id), quarterCount)),
    );
    return besideTeamPatterns(whole, perTeam);
  }

  /** The network as one whole, without the reader's own organisations (their own patterns would give the others' small counts away). */
  async forNetwork(access: NetworkAccess, quarterCount: number): Promise<ValuePatternsDto> {
    const others = await networkOthers(this.db.manager, access);
    return this.patterns('network', networkScope(others), quarterCount, others.ownNames);
  }

  private async patterns(
    level: PatternLevel,
    scope: PatternScope,
    quarterCount: number,
    ownLeftOut: string[] = [],
  ): Promise<ValuePatternsDto> {
    const quarters = recentQuarters(todayInNetherlands(), quarterCount);
    const from = `$${scope.params.length + 1}`;
    const params = [...scope.params, quarterStart(quarters[0])];
    const [tags, practices] = await Promise.all([
      this.db.query<TagCount[]>(
        `SELECT day, item_id AS "itemId", direction, count(*)::int AS count, organisation_id AS "groupId" FROM ${tagRows(level)}
         WHERE ${scope.where} AND day >= ${from} GROUP BY day, item_id, direction, organisation_id`,
        params,
      ),
      this.db.query<AgreedPractice[]>(`SELECT day, what FROM ${PRACTICE_ROWS} WHERE ${scope.where} AND day >= ${from}`, params),
    ]);
    const map = buildHeatMap(tags, { quarters, network: level === 'network' });
    const shown = map.columns.filter((c) => !c.suppressed).map((c) => c.quarter);
    // Read from the quarters the map shows only: on the network level a quarter of fewer than five organisations is
    // empty on the map, and the signal must not tell of it either.
    const signal = internalSystemsSignal(ruleQuarters(shown, practices, tags));
    return {
      level,
      quarters: map.columns.map((c) => ({ quarter: c.quarter, suppressed: c.suppressed })),
      rows: map.rows.map((row) => ({
        valueId: row.valueId,
        cells: row.cells.map((c) => ({
          visibleStrength: c.visible_strength,
          underPressure: c.under_pressure,
          openQuestion: c.open_question,
        })),
      })),
      vulnerabilities: vulnerabilityPatterns(tags, shown).map((v) => ({ ...v, quarters: [...v.quarters] })),
      internalSystems: { ...signal, quarters: [...signal.quarters] },
      minGroupSize: MIN_GROUP_SIZE,
      ownOrganisationsLeftOut: ownLeftOut,
    };
  }
}

/**
 * The organisation's patterns with every count hidden that, minus its teams' shown counts of the same cell,
 * vulnerability or quarter, would give a small count away (besideTeams): whoever follows a team reads both.
 */
function besideTeamPatterns(whole: ValuePatternsDto, teams: readonly ValuePatternsDto[]): ValuePatternsDto {
  const cell = (r: number, q: number, field: 'visibleStrength' | 'underPressure' | 'openQuestion') =>
    besideTeams(
      whole.rows[r].cells[q][field],
      teams.map((team) => team.rows[r].cells[q][field]),
    );
  return {
    ...whole,
    rows: whole.rows.map((row, r) => ({
      ...row,
      cells: row.cells.map((_, q) => ({
        visibleStrength: cell(r, q, 'visibleStrength'),
        underPressure: cell(r, q, 'underPressure'),
        openQuestion: cell(r, q, 'openQuestion'),
      })),
    })),
    vulnerabilities: whole.vulnerabilities.map((v) => ({
      ...v,
      count: besideTeams(
        v.count,
        teams.map((team) => team.vulnerabilities.find((t) => t.vulnerabilityId === v.vulnerabilityId)?.count ?? 0),
      ),
    })),
    internalSystems: {
      ...whole.internalSystems,
      quarters: whole.internalSystems.quarters.map((quarter, q) => ({
        ...quarter,
        addsRule: besideTeams(
          quarter.addsRule,
          teams.map((team) => team.internalSystems.quarters[q].addsRule),
        ),
        dropsRule: besideTeams(
          quarter.dropsRule,
          teams.map((team) => team.internalSystems.quarters[q].dropsRule),
        ),
      })),
    },
  };
}
