import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One question of the guide (gespreksleidraad), with the harvest themes it is about. */
@Entity('mirror_question')
export class MirrorQuestion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId: string;
  @Column('int') position: number;
  @Column('text') body: string;
  @Column('text', { name: 'theme_ids', array: true, default: () => "'{}'" }) themeIds: string[];
}
