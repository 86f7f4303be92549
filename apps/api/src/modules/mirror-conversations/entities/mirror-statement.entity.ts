import { MirrorValueTag } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A statement the moderator captured during the conversation. */
@Entity('mirror_statement')
export class MirrorStatement {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId: string;
  @Column('uuid', { name: 'question_id', nullable: true }) questionId: string | null;
  @Column('uuid', { name: 'participant_id', nullable: true }) participantId: string | null;
  @Column('text') body: string;
  @Column('text', { name: 'theme_ids', array: true, default: () => "'{}'" }) themeIds: string[];
  @Column('jsonb', { name: 'value_tags', default: () => "'[]'" }) valueTags: MirrorValueTag[];
  @Column('boolean', { default: false }) quotable: boolean;
  @Column('boolean', { name: 'in_harvest', default: false }) inHarvest: boolean;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt: Date | null;
}
