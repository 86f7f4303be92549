import { LocalizedText } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A pair or triad Kring proposes in a round, with its explanation. */
@Entity('visit_proposal')
export class VisitProposal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('jsonb') explanation: LocalizedText;
  @Column('text', { default: 'proposed' }) status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
