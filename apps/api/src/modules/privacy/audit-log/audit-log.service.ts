import {
  AUDIT_ACTION_LABELS,
  AUDIT_LINK_ACTORS,
  AUDIT_SUBJECT_LABELS,
  AuditAction,
  AuditChange,
  auditChangeTeamIds,
  describeAuditChange,
  Language,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantAccess } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { isMember } from '../../../engine/database/membership-sql';
import { AuditEventRow, OrganisationRow, PersonRow, TeamRow } from '../../../engine/database/tables.generated';
import { AuditLogInput, AuditLogPageDto } from '../dtos/audit-log.dto';
import { AT_DUTCH_TIME } from '../../../engine/dates/dutch-time.sql';
import { namedRef } from '../../../engine/graphql/named-ref';

type EventRow = Pick<AuditEventRow, 'id' | 'created_at' | 'action' | 'subject_type' | 'subject_id' | 'person_id' | 'count'> & {
  change: AuditChange | null;
  person_name: string | null;
  subject_name: string | null;
};

const PAGE_SIZE = 100;

/** An older event whose action has no label any more is shown by its code, readably: nothing in the log is hidden. */
function actionLabel(action: string, language: Language): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditAction][language] : action.replace(/_/g, ' ');
}

/**
 * The organisation's audit log for its administrators: who read, exported or
 * changed what, filterable by person, action and period. Events name the
 * kind of thing and its id, never its content.
 */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(access: TenantAccess, input: AuditLogInput, language: Language): Promise<AuditLogPageDto> {
    const id = access.organisationId;
    // A page cursor is an event of this organisation's log; any other id is refused as unknown, not read as "no more events".
    if (
      input.beforeId &&
      (await this.db.query<unknown[]>(`SELECT 1 FROM audit_event WHERE id = $1 AND organisation_id = $2`, [input.beforeId, id])).length ===
        0
    ) {
      throw new UserError('NOT_FOUND');
    }
    // Only people of this organisation (now or in its log): another organisation's person is unknown here.
    if (input.personId) {
      const [{ known }] = await this.db.query<{ known: boolean }[]>(
        `SELECT ${isMember('$1', '$2')} OR EXISTS (SELECT 1 FROM audit_event WHERE person_id = $1 AND organisation_id = $2) AS known`,
        [input.personId, id],
      );
      if (!known) throw new UserError('NOT_FOUND');
    }
    const [events, actions, people, [organisation]] = await Promise.all([
      this.db.query<EventRow[]>(
        `SELECT e.id, e.created_at, e.action, e.subject_type, e.subject_id, e.person_id, e.count, e.change, p.display_name AS person_name, sp.display_name AS subject_name
         FROM audit_event e
         LEFT JOIN person p ON p.id = e.person_id
         LEFT JOIN person sp ON e.subject_type = 'person' AND sp.id = e.subject_id
         WHERE e.organisation_id = $1
           AND ($2::uuid IS NULL OR e.person_id = $2)
           AND ($3::text IS NULL OR e.action = $3)
           AND ($4::date IS NULL OR e.created_at >= $4::date::timestamp ${AT_DUTCH_TIME})
           AND ($5::date IS NULL OR e.created_at < ($5::date + 1)::timestamp ${AT_DUTCH_TIME})
           AND ($6::uuid IS NULL OR (e.created_at, e.id) < (SELECT b.created_at, b.id FROM audit_event b WHERE b.id = $6 AND b.organisation_id = $1))
         ORDER BY e.created_at DESC, e.id DESC LIMIT ${PAGE_SIZE + 1}`,
        [id, input.personId ?? null, input.action ?? null, input.from ?? null, input.until ?? null, input.beforeId ?? null],
      ),
      this.db.query<Pick<AuditEventRow, 'action'>[]>(`SELECT DISTINCT action FROM audit_event WHERE organisation_id = $1`, [id]),
      this.db.query<Pick<PersonRow, 'id' | 'display_name'>[]>(
        `SELECT DISTINCT p.id, p.display_name FROM audit_event e JOIN person p ON p.id = e.person_id WHERE e.organisation_id = $1 ORDER BY p.display_name, p.id`,
        [id],
      ),
      // A change names the people cared for (who gave a case's consent) in the organisation's own word.
      this.db.query<Pick<OrganisationRow, 'resident_term'>[]>(`SELECT resident_term FROM organisation WHERE id = $1`, [id]),
    ]);
    const shown = events.slice(0, PAGE_SIZE);
    const teamNames = await this.teamNames(id, shown);
    return {
      events: shown.map((e) => ({
        id: e.id,
        createdAt: e.created_at,
        action: e.action,
        actionLabel: actionLabel(e.action, language),
        person: namedRef(e.person_id, e.person_name),
        linkActor:
          e.person_id === null && Object.hasOwn(AUDIT_LINK_ACTORS, e.action) ? AUDIT_LINK_ACTORS[e.action as AuditAction]![language] : null,
        subjectType: e.subject_type,
        subjectLabel: e.subject_type ? (AUDIT_SUBJECT_LABELS[e.subject_type]?.[language] ?? e.subject_type.replace(/_/g, ' ')) : null,
        subjectId: e.subject_id,
        subjectName: e.subject_name,
        count: e.count,
        change: e.change && describeAuditChange(e.change, teamNames, language, organisation.resident_term),
      })),
      hasMore: events.length > PAGE_SIZE,
      actions: actions
        .map((a) => ({ action: a.action, label: actionLabel(a.action, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
      people: people.map((p) => ({ id: p.id, name: p.display_name })),
    };
  }

  /** Today's names of the organisation's teams the events' changes name (a team removed since has none). */
  private async teamNames(organisationId: string, events: readonly EventRow[]): Promise<Map<string, string>> {
    const ids = [...new Set(events.flatMap((e) => (e.change ? auditChangeTeamIds(e.change) : [])))];
    if (ids.length === 0) return new Map();
    const teams = await this.db.query<Pick<TeamRow, 'id' | 'name'>[]>(
      `SELECT id, name FROM team WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, ids],
    );
    return new Map(teams.map((t) => [t.id, t.name]));
  }
}
