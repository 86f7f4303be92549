import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An applied live command by its idempotency key: a replay gets this result and changes nothing. */
@Entity('session_command_receipt')
export class SessionCommandReceipt {
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @PrimaryColumn('text', { name: 'client_key' }) clientKey: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('bigint') version: string;
  @Column('uuid', { name: 'created_id', nullable: true }) createdId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
