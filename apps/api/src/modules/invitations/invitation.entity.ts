import { Role } from '@kring/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An expiring, single-use link to join an organisation (and team) with a role. */
@Entity('invitation')
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('text') email: string;
  @Column('text') role: Role;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'invited_by' }) invitedBy: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
