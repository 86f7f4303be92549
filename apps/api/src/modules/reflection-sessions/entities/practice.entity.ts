import { PracticeStatus } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A new practice to try (nieuwe praktijk): what, who, and when the team looks back on it. */
@Entity('practice')
export class Practice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('uuid', { name: 'session_id', nullable: true }) sessionId: string | null;
  @Column('text') what: string;
  @Column('text', { default: '' }) who: string;
  @Column('date', { name: 'look_back_on', nullable: true }) lookBackOn: string | null;
  @Column('text', { default: 'open' }) status: PracticeStatus;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
