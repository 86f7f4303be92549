import { ConsentForm, ConsentGiver, ConsentScope } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Consent (toestemming) for a case, by the resident or their legal representative; withdrawn, never deleted. */
@Entity('case_consent')
export class CaseConsent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') scope: ConsentScope;
  @Column('text', { name: 'given_by' }) givenBy: ConsentGiver;
  @Column('text') form: ConsentForm;
  @Column('date', { name: 'given_on' }) givenOn: string;
  @Column('date', { name: 'withdrawn_on', nullable: true }) withdrawnOn: string | null;
  @Column('text', { default: '' }) note: string;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
