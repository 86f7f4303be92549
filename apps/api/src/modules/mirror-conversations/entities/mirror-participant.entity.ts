import { Language, MirrorParticipantKind, MirrorRelation } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An invited relative or resident, without an account: reachable only through their personal link. */
@Entity('mirror_participant')
export class MirrorParticipant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId: string;
  @Column('text') kind: MirrorParticipantKind;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { default: 'nl' }) language: Language;
  @Column('text') pseudonym: string;
  /** Only the hash: a copy of the database opens no link. */
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('timestamptz', { name: 'link_sent_at', nullable: true }) linkSentAt: Date | null;
  @Column('text', { nullable: true }) relation: MirrorRelation | null;
  @Column('boolean', { name: 'legal_representative', nullable: true }) legalRepresentative: boolean | null;
  @Column('text', { name: 'free_text', default: '' }) freeText: string;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
