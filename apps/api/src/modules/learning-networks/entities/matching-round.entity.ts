import { LocalizedText } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A round of visits the coordinator asked for. */
@Entity('matching_round')
export class MatchingRound {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('int', { name: 'months_without_repeat' }) monthsWithoutRepeat: number;
  @Column('jsonb', { default: () => "'[]'" }) unmatched: { organisationId: string; explanation: LocalizedText }[];
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
