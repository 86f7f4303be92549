import { CaseVisibility } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A case (casus) from the team's own practice: pseudonymised, written in chapters. */
@Entity('case_file')
export class CaseFile {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('text') code: string;
  @Column('text', { name: 'display_pseudonym' }) displayPseudonym: string;
  @Column('text') title: string;
  @Column('text', { name: 'life_story_note', default: '' }) lifeStoryNote: string;
  @Column('text', { name: 'burden_note', default: '' }) burdenNote: string;
  @Column('text', { default: 'private' }) visibility: CaseVisibility;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
