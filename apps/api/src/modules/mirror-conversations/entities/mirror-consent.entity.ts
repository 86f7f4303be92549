import { MirrorConsentForm, MirrorConsentScope } from '@kring/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One grant of one consent scope, and its withdrawal; withdrawn grants stay as the record. */
@Entity('mirror_consent')
export class MirrorConsent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'participant_id' }) participantId: string;
  @Column('text') scope: MirrorConsentScope;
  @Column('text') form: MirrorConsentForm;
  @Column('timestamptz', { name: 'given_at' }) givenAt: Date;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt: Date | null;
}
