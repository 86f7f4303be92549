import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A published version of the network's observation lens (kijkwijzer); visits keep the version they agreed on. */
@Entity('network_lens_version')
export class NetworkLensVersion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('int') version: number;
  @Column('text') purpose: string;
  @Column('text', { name: 'value_ids', array: true }) valueIds: string[];
  @Column('text', { name: 'mirror_theme_ids', array: true }) mirrorThemeIds: string[];
  @Column('text', { array: true, default: () => "'{}'" }) questions: string[];
  @Column('text', { name: 'change_note', default: '' }) changeNote: string;
  @Column('uuid', { name: 'published_by', nullable: true }) publishedBy: string | null;
  @Column('timestamptz', { name: 'published_at' }) publishedAt: Date;
}
