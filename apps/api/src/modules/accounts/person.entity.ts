import { Language } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Someone with an account. Relatives and guests are never persons: they use links. */
@Entity('person')
export class Person {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased; unique. */
  @Column('text') email: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash: string;
  @Column('text', { name: 'preferred_language', default: 'nl' }) preferredLanguage: Language;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
