import { AuditAction, AuditChange, isEmptyAuditChange } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

interface AuditEntry {
  action: AuditAction;
  organisationId?: string | null;
  personId?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** How many things one event touched (a purge of raw material); never their content. */
  count?: number;
  /** What a change of a setting changed, from and to: codes and ids only (AuditChange). */
  change?: AuditChange;
}

/**
 * Reads of one thing by one person within this many minutes are one view.
 * Pages read again after every change the reader makes there (and on a
 * language switch), and the log is for people: "Ingrid read the mirror
 * report at 10:02", not one line per request.
 */
const VIEW_WINDOW_MINUTES = 10;

/** Who did something: a person, in the organisation they acted in (none for a network's or a person's own business). */
interface AuditActor {
  organisationId?: string | null;
  personId?: string | null;
}

/** The one thing an event is about: its kind (a table's name) and id (none for a whole list, such as the resident register). */
interface AuditSubject {
  type: string;
  id?: string;
}

/** The usual actor: the viewer, in the organisation the policy layer let them act in. */
export function actorIn(access: { organisationId: string | null }, viewer: { personId: string }): AuditActor {
  return { organisationId: access.organisationId, personId: viewer.personId };
}

/** Append-only record of who did, read or exported what; never the content itself. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Writes one event. A read (an action ending in "_read") is a view and is
   * written once per view: see VIEW_WINDOW_MINUTES. Exports and changes are
   * written every time: each file that leaves Kring and each change counts.
   */
  async record(entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    if (!isView(entry)) return this.insert(entry, manager);
    if (manager.queryRunner?.isTransactionActive) return this.recordView(entry, manager);
    await this.db.transaction((inTransaction) => this.recordView(entry, inTransaction));
  }

  /** The usual event: one actor did `action` to one subject. The same rules as `record`. */
  recordOn(action: AuditAction, by: AuditActor, subject: AuditSubject, manager?: EntityManager): Promise<void> {
    return this.recordChange(action, by, subject, {}, manager);
  }

  /** A change of a setting (a role, a visibility, a retention period, a date, a consent): recordOn, with from and to. */
  recordChange(action: AuditAction, by: AuditActor, subject: AuditSubject, change: AuditChange, manager?: EntityManager): Promise<void> {
    return this.record({ action, ...by, subjectType: subject.type, subjectId: subject.id, change }, manager);
  }

  /**
   * "Ik heb dit gecontroleerd": who confirmed identifying details the content guard marked, and in what
   * (never the details); nothing when the guard marked none. One place for every save that asks it.
   */
  async recordConfirmation(confirmed: number, by: AuditActor, subject: AuditSubject, manager?: EntityManager): Promise<void> {
    if (confirmed === 0) return;
    await this.recordOn('identifying_details_confirmed', by, subject, manager);
  }

  private async recordView(entry: AuditEntry, manager: EntityManager): Promise<void> {
    // A page and its refetch at the same moment must not both find no earlier read.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `audit-view:${entry.action}:${entry.personId}:${entry.subjectId ?? ''}`,
    ]);
    const [earlier] = await manager.query<unknown[]>(
      `SELECT 1 FROM audit_event WHERE person_id = $1 AND subject_id IS NOT DISTINCT FROM $2 AND action = $3
         AND organisation_id IS NOT DISTINCT FROM $4 AND created_at > now() - make_interval(mins => $5)
       LIMIT 1`,
      [entry.personId, entry.subjectId ?? null, entry.action, entry.organisationId ?? null, VIEW_WINDOW_MINUTES],
    );
    if (!earlier) await this.insert(entry, manager);
  }

  private async insert(entry: AuditEntry, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (action, organisation_id, person_id, subject_type, subject_id, count, change) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.action,
        entry.organisationId ?? null,
        entry.personId ?? null,
        entry.subjectType ?? null,
        entry.subjectId ?? null,
        entry.count ?? null,
        // Nothing changed of what a change keeps (a place someone typed, say): no change to show.
        entry.change && !isEmptyAuditChange(entry.change) ? JSON.stringify(entry.change) : null,
      ],
    );
  }
}

/** Reading something (case_read, mirror_report_read, quality_report_read…) by a known person. */
function isView(entry: AuditEntry): entry is AuditEntry & { personId: string } {
  return entry.action.endsWith('_read') && !!entry.personId;
}
