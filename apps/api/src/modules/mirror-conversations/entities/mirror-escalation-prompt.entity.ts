import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** That an escalation prompt was shown, and whether it was followed; never what triggered it. */
@Entity('mirror_escalation_prompt')
export class MirrorEscalationPrompt {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId: string;
  @Column('uuid', { name: 'shown_to', nullable: true }) shownTo: string | null;
  @Column('timestamptz', { name: 'shown_at' }) shownAt: Date;
  @Column('timestamptz', { name: 'followed_at', nullable: true }) followedAt: Date | null;
}
