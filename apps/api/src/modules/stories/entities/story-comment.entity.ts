import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A remark in the member check: from the storyteller, or the writer's answer. */
@Entity('story_comment')
export class StoryComment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'story_id' }) storyId: string;
  @Column('int') revision: number;
  @Column('boolean', { name: 'from_storyteller' }) fromStoryteller: boolean;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('text') body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
