import { ObservationLens, ReportStatus, ReportVisibility, VisitFormat, VisitStatus } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A peer-review visit (visitatie): the host's organisation is the tenant and owns what is found. */
@Entity('peer_visit')
export class PeerVisit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'visiting_organisation_id' }) visitingOrganisationId: string;
  @Column('uuid', { name: 'proposal_id', nullable: true }) proposalId: string | null;
  @Column('uuid', { name: 'return_visit_id', nullable: true }) returnVisitId: string | null;
  @Column('uuid', { name: 'location_id', nullable: true }) locationId: string | null;
  @Column('text', { default: 'preparing' }) status: VisitStatus;
  @Column('text', { name: 'focus_question', default: '' }) focusQuestion: string;
  @Column('text', { default: '' }) purpose: string;
  @Column('text', { nullable: true }) format: VisitFormat | null;
  @Column('date', { name: 'visit_date', nullable: true }) visitDate: string | null;
  @Column('int', { name: 'lens_version' }) lensVersion: number;
  @Column('jsonb') lens: ObservationLens;
  @Column('text', { name: 'practical_notes', default: '' }) practicalNotes: string;
  @Column('text', { name: 'privacy_notes', default: '' }) privacyNotes: string;
  @Column('timestamptz', { name: 'host_agreed_at', nullable: true }) hostAgreedAt: Date | null;
  @Column('uuid', { name: 'host_agreed_by', nullable: true }) hostAgreedBy: string | null;
  @Column('timestamptz', { name: 'visitor_agreed_at', nullable: true }) visitorAgreedAt: Date | null;
  @Column('uuid', { name: 'visitor_agreed_by', nullable: true }) visitorAgreedBy: string | null;
  @Column('text', { name: 'report_status', default: 'draft' }) reportStatus: ReportStatus;
  @Column('text', { name: 'report_summary', default: '' }) reportSummary: string;
  @Column('text', { name: 'host_reflection', default: '' }) hostReflection: string;
  @Column('text', { name: 'report_visibility', default: 'involved' }) reportVisibility: ReportVisibility;
  @Column('uuid', { name: 'report_team_id', nullable: true }) reportTeamId: string | null;
  @Column('timestamptz', { name: 'handed_to_host_at', nullable: true }) handedToHostAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('uuid', { name: 'closed_by', nullable: true }) closedBy: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
