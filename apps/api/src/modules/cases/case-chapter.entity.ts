import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One chapter of a case ("het begin", "hoe het verder ging", "een nieuw hoofdstuk"…). */
@Entity('case_chapter')
export class CaseChapter {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('int') position: number;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
