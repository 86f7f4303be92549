import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An applied live command by its idempotency key: a replay gets this result and changes nothing. */
@Entity('mirror_command_receipt')
export class MirrorCommandReceipt {
  @PrimaryColumn('uuid', { name: 'conversation_id' }) conversationId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @PrimaryColumn('text', { name: 'client_key' }) clientKey: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('bigint') version: string;
  @Column('uuid', { name: 'created_id', nullable: true }) createdId: string | null;
  @Column('uuid', { name: 'escalation_prompt_id', nullable: true }) escalationPromptId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
