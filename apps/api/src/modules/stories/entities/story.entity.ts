import { StoryCheckStatus } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A story (verhaal) written down by a team member, checked by its storyteller before it goes anywhere. */
@Entity('story')
export class Story {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('text', { name: 'value_ids', array: true, default: () => "'{}'" }) valueIds: string[];
  @Column('int', { default: 1 }) revision: number;
  @Column('uuid', { name: 'storyteller_person_id', nullable: true }) storytellerPersonId: string | null;
  @Column('text', { name: 'storyteller_name', default: '' }) storytellerName: string;
  @Column('text', { name: 'storyteller_email', nullable: true }) storytellerEmail: string | null;
  @Column('text', { name: 'storyteller_language', default: 'nl' }) storytellerLanguage: string;
  @Column('text', { name: 'token_hash', nullable: true, unique: true }) tokenHash: string | null;
  @Column('timestamptz', { name: 'link_expires_at', nullable: true }) linkExpiresAt: Date | null;
  @Column('timestamptz', { name: 'link_revoked_at', nullable: true }) linkRevokedAt: Date | null;
  @Column('text', { name: 'check_status', default: 'draft' }) checkStatus: StoryCheckStatus;
  @Column('int', { name: 'approved_revision', nullable: true }) approvedRevision: number | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
