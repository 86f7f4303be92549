import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Development outbox: mail Kring would have sent when no SMTP server is configured. */
@Entity('outbox_mail')
export class OutboxMail {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The organisation whose administrators may read it; null for mail about no organisation. */
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId: string | null;
  @Column('text', { name: 'to_address' }) to: string;
  @Column('text') subject: string;
  @Column('text') body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
