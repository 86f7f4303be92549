import { SessionStatus } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A reflection session of a team: planned, held live, then harvested and reported. */
@Entity('reflection_session')
export class ReflectionSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  /** The question or theme. */
  @Column('text') title: string;
  @Column('text', { name: 'method_id' }) methodId: string;
  @Column('int', { name: 'method_version' }) methodVersion: number;
  @Column('jsonb', { name: 'method_snapshot' }) methodSnapshot: unknown;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId: string | null;
  @Column('text', { name: 'lens_ids', array: true, default: () => "'{}'" }) lensIds: string[];
  @Column('timestamptz', { name: 'scheduled_at' }) scheduledAt: Date;
  @Column('int', { name: 'duration_minutes' }) durationMinutes: number;
  @Column('text', { default: '' }) place: string;
  @Column('uuid', { name: 'moderator_id' }) moderatorId: string;
  @Column('text', { default: 'planned' }) status: SessionStatus;
  @Column('int', { name: 'current_phase_index', default: 0 }) currentPhaseIndex: number;
  @Column('text', { name: 'timer_phase_id', nullable: true }) timerPhaseId: string | null;
  @Column('int', { name: 'timer_duration_seconds', default: 0 }) timerDurationSeconds: number;
  @Column('timestamptz', { name: 'timer_started_at', nullable: true }) timerStartedAt: Date | null;
  @Column('int', { name: 'timer_remaining_seconds', default: 0 }) timerRemainingSeconds: number;
  @Column('int', { name: 'vote_budget', default: 3 }) voteBudget: number;
  @Column('boolean', { name: 'one_screen', default: false }) oneScreen: boolean;
  @Column('bigint', { default: 0 }) version: string;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
  @Column('timestamptz', { name: 'report_approved_at', nullable: true }) reportApprovedAt: Date | null;
  @Column('uuid', { name: 'report_approved_by', nullable: true }) reportApprovedBy: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
