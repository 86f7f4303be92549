import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's privacy settings; no row means the defaults. */
@Entity('privacy_setting')
export class PrivacySetting {
  @PrimaryColumn('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('int', { name: 'raw_note_retention_days' }) rawNoteRetentionDays: number;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('timestamptz', { name: 'last_purge_at', nullable: true }) lastPurgeAt: Date | null;
  @Column('int', { name: 'last_purge_count' }) lastPurgeCount: number;
}
