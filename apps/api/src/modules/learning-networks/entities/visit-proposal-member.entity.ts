import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation in a proposal, in visiting order, with its entrepreneur's answer. */
@Entity('visit_proposal_member')
export class VisitProposalMember {
  @PrimaryColumn('uuid', { name: 'proposal_id' }) proposalId: string;
  @PrimaryColumn('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('int') position: number;
  @Column('text', { nullable: true }) response: 'accepted' | 'declined' | null;
  @Column('uuid', { name: 'responded_by', nullable: true }) respondedBy: string | null;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt: Date | null;
}
