import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A named cluster of entries, made while grouping (ordenen). */
@Entity('session_group')
export class SessionGroup {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('text', { name: 'phase_id' }) phaseId: string;
  @Column('text') label: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
