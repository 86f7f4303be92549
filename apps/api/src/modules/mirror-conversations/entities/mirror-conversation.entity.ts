import { MirrorStatus } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A mirror conversation with relatives (spiegelgesprek): prepared, held live, harvested, and answered with a letter. */
@Entity('mirror_conversation')
export class MirrorConversation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('text') theme: string;
  @Column('timestamptz', { name: 'scheduled_at' }) scheduledAt: Date;
  @Column('int', { name: 'duration_minutes' }) durationMinutes: number;
  @Column('text', { default: '' }) place: string;
  @Column('uuid', { name: 'moderator_id' }) moderatorId: string;
  @Column('text', { name: 'escalation_procedure', default: '' }) escalationProcedure: string;
  @Column('text', { default: 'planned' }) status: MirrorStatus;
  @Column('uuid', { name: 'current_question_id', nullable: true }) currentQuestionId: string | null;
  @Column('boolean', { name: 'closing_round', default: false }) closingRound: boolean;
  @Column('bigint', { default: 0 }) version: string;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
  @Column('timestamptz', { name: 'harvest_approved_at', nullable: true }) harvestApprovedAt: Date | null;
  @Column('uuid', { name: 'harvest_approved_by', nullable: true }) harvestApprovedBy: string | null;
  @Column('uuid', { name: 'listener_session_id', nullable: true }) listenerSessionId: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
