import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a staff member wants to learn from the relatives; input for the question guide. */
@Entity('mirror_learning_wish')
export class MirrorLearningWish {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId: string;
  @Column('text') body: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
