import { FindingTypeId, MomentOfDay } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A beeld: a short observation from the visit notebook. */
@Entity('peer_visit_note')
export class PeerVisitNote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'visit_id' }) visitId: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'client_id' }) clientId: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('text') body: string;
  @Column('text', { name: 'finding_type' }) findingType: FindingTypeId;
  @Column('text', { name: 'value_ids', array: true, default: () => "'{}'" }) valueIds: string[];
  @Column('text', { name: 'mirror_theme_id', nullable: true }) mirrorThemeId: string | null;
  @Column('text', { name: 'moment_of_day', nullable: true }) momentOfDay: MomentOfDay | null;
  @Column('boolean', { name: 'about_focus', default: false }) aboutFocus: boolean;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt: Date | null;
  @Column('boolean', { name: 'in_report', default: true }) inReport: boolean;
  @Column('int') revision: number;
  @Column('uuid', { name: 'last_edit_id' }) lastEditId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
