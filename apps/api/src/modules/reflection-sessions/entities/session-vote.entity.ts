import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Dots one voter (null: the room) placed on an entry in a phase. */
@Entity('session_vote')
export class SessionVote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('text', { name: 'phase_id' }) phaseId: string;
  @Column('uuid', { name: 'entry_id' }) entryId: string;
  @Column('uuid', { name: 'voter_id', nullable: true }) voterId: string | null;
  @Column('int') count: number;
}
