import { CheckinTopicId } from '@kring/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entrepreneur's open note on a check-in topic. */
@Entity('entrepreneur_checkin_note')
export class EntrepreneurCheckinNote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'visit_id' }) visitId: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') topic: CheckinTopicId;
  @Column('text') body: string;
  @Column('boolean', { name: 'shared_with_network', default: false }) sharedWithNetwork: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
