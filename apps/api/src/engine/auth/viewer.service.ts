import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken } from './tokens';
import { KringRequest, SESSION_COOKIE, Viewer, ViewerMembership } from './viewer';

/** Resolves who is asking, from the session cookie (HTTP) or handshake cookie (socket). */
@Injectable()
export class ViewerService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  forRequest(req: KringRequest): Promise<Viewer | null> {
    req.kringViewer ??= this.fromToken(req.cookies?.[SESSION_COOKIE]);
    return req.kringViewer;
  }

  async fromToken(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const [person] = await this.db.query(
      `SELECT p.id, p.preferred_language FROM auth_session s JOIN person p ON p.id = s.person_id
       WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    if (!person) return null;
    return { personId: person.id, preferredLanguage: person.preferred_language, memberships: await this.memberships(person.id) };
  }

  async memberships(personId: string): Promise<ViewerMembership[]> {
    const rows = await this.db.query(
      `SELECT id, role, organisation_id, network_id, team_id FROM membership WHERE person_id = $1`,
      [personId],
    );
    return rows.map((r: Record<string, string | null>) => ({
      id: r.id,
      role: r.role,
      organisationId: r.organisation_id,
      networkId: r.network_id,
      teamId: r.team_id,
    }));
  }
}
