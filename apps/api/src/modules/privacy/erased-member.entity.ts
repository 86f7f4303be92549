import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An erased member's number in the organisation and the stand-in account their shared contributions point to. */
@Entity('erased_member')
export class ErasedMember {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('int') number: number;
  @Column('uuid', { name: 'pseudonym_person_id' }) pseudonymPersonId: string;
  @Column('uuid', { name: 'erased_by', nullable: true }) erasedBy: string | null;
  @Column('timestamptz', { name: 'erased_at' }) erasedAt: Date;
}
