import { TagDirection } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A value tag on an entry: a mensperspectief item and a direction (tagging, not scoring). */
@Entity('session_tag')
export class SessionTag {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('text', { name: 'phase_id' }) phaseId: string;
  @Column('uuid', { name: 'entry_id' }) entryId: string;
  @Column('text', { name: 'item_id' }) itemId: string;
  @Column('text') direction: TagDirection;
  @Column('text', { name: 'framework_version' }) frameworkVersion: string;
  @Column('uuid', { name: 'tagged_by', nullable: true }) taggedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
