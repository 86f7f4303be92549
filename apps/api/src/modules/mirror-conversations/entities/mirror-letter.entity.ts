import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The letter back to the participants: what we heard, what we will do, and when we come back to it. */
@Entity('mirror_letter')
export class MirrorLetter {
  @PrimaryColumn('uuid', { name: 'conversation_id' }) conversationId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text') heard: string;
  @Column('text', { name: 'will_do' }) willDo: string;
  @Column('date', { name: 'look_back_on', nullable: true }) lookBackOn: string | null;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @Column('uuid', { name: 'sent_by', nullable: true }) sentBy: string | null;
}
