import { EditOutcome } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A change a device sent, remembered so a replay is answered, never applied twice. */
@Entity('peer_visit_note_receipt')
export class PeerVisitNoteReceipt {
  @PrimaryColumn('uuid', { name: 'edit_id' }) editId: string;
  @Column('uuid', { name: 'note_id' }) noteId: string;
  @Column('uuid', { name: 'network_id' }) networkId: string;
  @Column('text') outcome: EditOutcome;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
