import { VisitTeamRole } from '@kring/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Someone in the visiting team; relatives and experts have a name but no account. */
@Entity('peer_visit_member')
export class PeerVisitMember {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'visit_id' }) visitId: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'person_id', nullable: true }) personId: string | null;
  @Column('text') role: VisitTeamRole;
  @Column('text', { name: 'display_name', default: '' }) displayName: string;
}
