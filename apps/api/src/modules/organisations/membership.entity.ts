import { Role } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A person's role in an organisation (optionally within one team) or in a
 * learning network (coordinator). A person can hold several.
 */
@Entity('membership')
export class Membership {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId: string | null;
  @Column('uuid', { name: 'network_id', nullable: true }) networkId: string | null;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('text') role: Role;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
