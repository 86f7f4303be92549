import { SessionRole } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Someone invited to a session, or its moderator; only they may join the live room. */
@Entity('session_participant')
export class SessionParticipant {
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text') role: SessionRole;
  @Column('text', { name: 'ready_phase_id', nullable: true }) readyPhaseId: string | null;
  @CreateDateColumn({ name: 'invited_at', type: 'timestamptz' }) invitedAt: Date;
}
