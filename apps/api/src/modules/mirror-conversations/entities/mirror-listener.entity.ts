import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A team member in the outer circle, who only listens. */
@Entity('mirror_listener')
export class MirrorListener {
  @PrimaryColumn('uuid', { name: 'conversation_id' }) conversationId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
}
