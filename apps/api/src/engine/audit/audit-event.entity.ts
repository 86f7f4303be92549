import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did, read or exported what (privacy by design: AVG accountability). */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId: string | null;
  @Column('uuid', { name: 'person_id', nullable: true }) personId: string | null;
  @Column('text') action: string;
  @Column('text', { name: 'subject_type', nullable: true }) subjectType: string | null;
  @Column('uuid', { name: 'subject_id', nullable: true }) subjectId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
