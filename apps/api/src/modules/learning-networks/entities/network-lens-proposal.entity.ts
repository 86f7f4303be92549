import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member's proposal to change the observation lens; the coordinator adopts it in a new version or declines it. */
@Entity('network_lens_proposal')
export class NetworkLensProposal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'proposed_by', nullable: true }) proposedBy: string | null;
  @Column('int', { name: 'base_version' }) baseVersion: number;
  @Column('text') purpose: string;
  @Column('text', { name: 'value_ids', array: true }) valueIds: string[];
  @Column('text', { name: 'mirror_theme_ids', array: true }) mirrorThemeIds: string[];
  @Column('text', { array: true, default: () => "'{}'" }) questions: string[];
  @Column('text') motivation: string;
  @Column('text', { default: 'open' }) status: 'open' | 'adopted' | 'declined';
  @Column('text', { name: 'decision_note', default: '' }) decisionNote: string;
  @Column('int', { name: 'adopted_in_version', nullable: true }) adoptedInVersion: number | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
