import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  action: string;
  organisationId?: string | null;
  personId?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** How many things one event touched (a purge of raw material); never their content. */
  count?: number;
}

/** Append-only record of who did, read or exported what; never the content itself. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (action, organisation_id, person_id, subject_type, subject_id, count) VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.action, entry.organisationId ?? null, entry.personId ?? null, entry.subjectType ?? null, entry.subjectId ?? null, entry.count ?? null],
    );
  }
}
