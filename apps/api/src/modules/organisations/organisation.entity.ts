import { ClientGroup, Financing, OrganisationKind } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Zorgaanbieder / zorgonderneming. Its id is the tenant key of everything it owns. */
@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'network_id', nullable: true }) networkId: string | null;
  @Column('text') name: string;
  @Column('text') kind: OrganisationKind;
  @Column('text', { name: 'client_groups', array: true, default: () => "'{}'" }) clientGroups: ClientGroup[];
  @Column('text', { array: true, default: () => "'{}'" }) financing: Financing[];
  @Column('text', { name: 'care_vision', default: '' }) careVision: string;
  /** The organisation's own word for the people it cares for (bewoner, deelnemer, …). */
  @Column('text', { name: 'resident_term', default: 'bewoner' }) residentTerm: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
