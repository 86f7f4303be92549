import { PracticeStatus } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** "Hoe ging het?": what a later session said about a practice, and the status it gave it. */
@Entity('practice_review')
export class PracticeReview {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'practice_id' }) practiceId: string;
  @Column('uuid', { name: 'session_id', nullable: true }) sessionId: string | null;
  @Column('text') body: string;
  @Column('text', { nullable: true }) status: PracticeStatus | null;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
