import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Links a practice to try (in `practice`) to the mirror report it was picked from. */
@Entity('peer_visit_practice')
export class PeerVisitPractice {
  @PrimaryColumn('uuid', { name: 'practice_id' }) practiceId: string;
  @Column('uuid', { name: 'visit_id' }) visitId: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
}
