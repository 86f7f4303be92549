import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins, kept in the database so throttling holds across API processes. */
@Entity('login_attempt')
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') email: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
