import { EntryKind } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A contribution, clarifying question or option written in a phase of the live room. */
@Entity('session_entry')
export class SessionEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('text', { name: 'phase_id' }) phaseId: string;
  @Column('text') kind: EntryKind;
  @Column('text') body: string;
  /** Stored also for anonymous entries, never shown for them. */
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('boolean', { default: false }) anonymous: boolean;
  @Column('boolean', { name: 'for_room', default: false }) forRoom: boolean;
  @Column('text', { name: 'client_key' }) clientKey: string;
  @Column('uuid', { name: 'group_id', nullable: true }) groupId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt: Date | null;
}
