import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A participant's two-sided answer for one harvest theme: what matters to me, what I experience. */
@Entity('mirror_theme_answer')
export class MirrorThemeAnswer {
  @PrimaryColumn('uuid', { name: 'participant_id' }) participantId: string;
  @PrimaryColumn('text', { name: 'theme_id' }) themeId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId: string;
  @Column('text', { default: '' }) important: string;
  @Column('text', { default: '' }) experienced: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
