import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What we heard about one harvest theme, in the moderator's words. */
@Entity('mirror_harvest_theme')
export class MirrorHarvestTheme {
  @PrimaryColumn('uuid', { name: 'conversation_id' }) conversationId: string;
  @PrimaryColumn('text', { name: 'theme_id' }) themeId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text') summary: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
