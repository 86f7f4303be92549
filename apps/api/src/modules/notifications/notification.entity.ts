import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notification; its unique key (person, kind, subject, due_key) also marks a reminder as sent. */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('text') kind: string;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('text', { name: 'due_key' }) dueKey: string;
  @Column('jsonb') params: Record<string, unknown>;
  @Column('text') link: string;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
