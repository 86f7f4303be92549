import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  action: string;
  organisationId?: string | null;
  personId?: string | null;
  subjectType?: string;
  subjectId?: string;
}

/** Append-only record of who did, read or exported what; never the content itself. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (action, organisation_id, person_id, subject_type, subject_id) VALUES ($1, $2, $3, $4, $5)`,
      [entry.action, entry.organisationId ?? null, entry.personId ?? null, entry.subjectType ?? null, entry.subjectId ?? null],
    );
  }
}
