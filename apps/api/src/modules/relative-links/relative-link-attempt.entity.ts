import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A failed opening of a personal link, kept in the database so throttling holds across API processes. */
@Entity('relative_link_attempt')
export class RelativeLinkAttempt {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') ip: string;
  /**
   * The first characters of the token that was tried: someone who has part of
   * a link (a cut-off copy, half a QR card) is slowed down from any address.
   */
  @Column('text', { name: 'token_prefix' }) tokenPrefix: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
