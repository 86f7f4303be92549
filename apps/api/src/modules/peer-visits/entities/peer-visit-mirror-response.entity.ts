import { MirrorTopicKind } from '@kring/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The host's response in the mirror conversation, per topic. */
@Entity('peer_visit_mirror_response')
export class PeerVisitMirrorResponse {
  @PrimaryColumn('uuid', { name: 'visit_id' }) visitId: string;
  @PrimaryColumn('text', { name: 'topic_kind' }) topicKind: MirrorTopicKind;
  @PrimaryColumn('text', { name: 'topic_id' }) topicId: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text') body: string;
  @Column('int', { default: 1 }) version: number;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
