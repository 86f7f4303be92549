import { MirrorNoteKind } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A listener's private note, or a clarifying question for the closing round. */
@Entity('mirror_listener_note')
export class MirrorListenerNote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') kind: MirrorNoteKind;
  @Column('text') body: string;
  @Column('uuid', { name: 'question_id', nullable: true }) questionId: string | null;
  @Column('timestamptz', { name: 'asked_at', nullable: true }) askedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
