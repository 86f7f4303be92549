import { LocationKind } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Woonvoorziening, zorgboerderij, dagbesteding… of one organisation. */
@Entity('location')
export class Location {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text') name: string;
  @Column('text') kind: LocationKind;
  @Column('text', { default: '' }) place: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
