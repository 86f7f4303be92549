import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person's secret calendar feed address, stored as a hash only. */
@Entity('calendar_feed')
export class CalendarFeed {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_fetched_at', nullable: true }) lastFetchedAt: Date | null;
}
