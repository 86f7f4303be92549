import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The other version of a note, when two edits met; kept until its author chooses. */
@Entity('peer_visit_note_conflict')
export class PeerVisitNoteConflict {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'note_id' }) noteId: string;
  @Column('uuid', { name: 'visit_id' }) visitId: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('uuid', { name: 'edit_id' }) editId: string;
  @Column('int', { name: 'base_revision' }) baseRevision: number;
  @Column('text') body: string;
  @Column('text', { name: 'finding_type' }) findingType: string;
  @Column('text', { name: 'value_ids', array: true, default: () => "'{}'" }) valueIds: string[];
  @Column('text', { name: 'mirror_theme_id', nullable: true }) mirrorThemeId: string | null;
  @Column('text', { name: 'moment_of_day', nullable: true }) momentOfDay: string | null;
  @Column('boolean', { name: 'about_focus', default: false }) aboutFocus: boolean;
  @Column('boolean', { default: false }) deleted: boolean;
  @Column('text', { nullable: true }) resolution: 'keep_server' | 'keep_mine' | 'keep_both' | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
