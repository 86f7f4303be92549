import { LibraryAudience, LibrarySourceKind } from '@kring/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A text an owner shared in the community library, as they reviewed and
 * anonymised it. Whether it may still be shown is checked against its
 * source at every search (library-sources.ts). The search vector is a
 * generated column (Dutch stemming), left to PostgreSQL.
 */
@Entity('library_item')
export class LibraryItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text', { name: 'source_kind' }) sourceKind: LibrarySourceKind;
  @Column('uuid', { name: 'source_id' }) sourceId: string;
  @Column('int', { name: 'source_revision', nullable: true }) sourceRevision: number | null;
  @Column('text') audience: LibraryAudience;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('text', { name: 'search_extra', default: '' }) searchExtra: string;
  @Column('text', { name: 'value_ids', array: true, default: () => "'{}'" }) valueIds: string[];
  @Column('uuid', { name: 'shared_by', nullable: true }) sharedBy: string | null;
  @Column('timestamptz', { name: 'shared_at' }) sharedAt: Date;
}
