import { StoryAudience } from '@kring/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The storyteller's consent for one audience; withdrawn, never deleted. */
@Entity('story_consent')
export class StoryConsent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'story_id' }) storyId: string;
  @Column('text') audience: StoryAudience;
  @Column('text', { name: 'given_via' }) givenVia: 'account' | 'link';
  @Column('timestamptz', { name: 'given_at' }) givenAt: Date;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt: Date | null;
}
