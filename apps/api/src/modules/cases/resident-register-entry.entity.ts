import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A resident's pseudonym with the real names and nicknames the guard must catch (bewonersregister). */
@Entity('resident_register')
export class ResidentRegisterEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text') pseudonym: string;
  @Column('text', { name: 'watch_names', array: true, default: () => "'{}'" }) watchNames: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
