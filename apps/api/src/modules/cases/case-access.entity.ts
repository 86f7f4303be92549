import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person who may read a case besides its author once it is shared with a
 * session (or wider): the reflection sessions module adds a session's
 * participants when the session uses the case.
 */
@Entity('case_access')
export class CaseAccess {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
