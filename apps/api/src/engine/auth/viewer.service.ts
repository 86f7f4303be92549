import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KRING_CONFIG } from '../config/config.token';
import { MembershipRoleRow, PersonProfileRow } from '../database/profile-rows';
import { SqlParams } from '../database/sql-params';
import { AuthSessionRow } from '../database/tables.generated';
import { KringConfig } from '../config/kring-config';
import { hashToken } from './tokens';
import { KringRequest, sessionToken, Viewer, ViewerMembership } from './viewer';

type LoginRow = Pick<PersonProfileRow, 'preferred_language' | 'access_version'> & {
  login_id: AuthSessionRow['id'];
  person_id: AuthSessionRow['person_id'];
};

/** A login `s` that has neither expired nor been idle for longer than the idle timeout (in minutes, the parameter `idle`). */
const isOpen = (idle: string) => `s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => ${idle})`;

/** The login `loginId` is open and its person's access version is still `version` (SQL expressions, e.g. placeholders). */
const stillStands = (loginId: string, version: string, idle: string) =>
  `EXISTS (SELECT 1 FROM auth_session s JOIN person p ON p.id = s.person_id
      WHERE s.id = ${loginId} AND p.access_version = ${version} AND ${isOpen(idle)})`;

/**
 * One open login (not expired, not idle for longer than the idle timeout)
 * with its person's access version; in the same statement the login is
 * marked as seen, at most once a minute so that reading stays cheap.
 */
function openLogin(where: string): string {
  return `WITH login AS (
      SELECT s.id, s.last_seen_at, p.id AS person_id, p.preferred_language, p.access_version
      FROM auth_session s JOIN person p ON p.id = s.person_id
      WHERE ${where} AND ${isOpen('$2')}),
    seen AS (UPDATE auth_session SET last_seen_at = now() WHERE id IN (SELECT id FROM login WHERE last_seen_at < now() - interval '1 minute'))
    SELECT id AS login_id, person_id, preferred_language, access_version::text FROM login`;
}

/** Resolves who is asking, from the session cookie (HTTP) or handshake cookie (socket). */
@Injectable()
export class ViewerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(KRING_CONFIG) private readonly config: KringConfig,
  ) {}

  /** Minutes a login may go unseen before it ends (SESSION_IDLE_MINUTES). */
  get idleMinutes(): number {
    return this.config.sessionIdleMinutes;
  }

  forRequest(req: KringRequest): Promise<Viewer | null> {
    req.kringViewer ??= this.fromToken(sessionToken(req));
    return req.kringViewer;
  }

  async fromToken(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const [row] = await this.db.query<LoginRow[]>(openLogin('s.token_hash = $1'), [hashToken(token), this.config.sessionIdleMinutes]);
    return row ? this.viewerOf(row) : null;
  }

  /**
   * For a viewer kept on an open socket: null when the login has ended
   * (logged out, reset, idle), the same viewer when nothing changed, and a
   * viewer with fresh memberships when the access version moved on. One
   * primary-key read in the common case.
   */
  async current(viewer: Viewer): Promise<Viewer | null> {
    if (!viewer.login) return viewer;
    const [row] = await this.db.query<LoginRow[]>(openLogin('s.id = $1'), [viewer.login.id, this.config.sessionIdleMinutes]);
    if (!row) return null;
    if (row.access_version === viewer.login.accessVersion) return viewer;
    return this.viewerOf(row);
  }

  /**
   * Of these logins as sockets hold them, the ones that no longer stand, each
   * with what `current` would answer: null when the login ended (logged out,
   * reset, idle, expired), the person afresh when it was read under an access
   * version they have moved on from (a membership added, removed or erased).
   * A change that closes the person's sockets (LiveConnections.endPerson)
   * made no word reach them. Two statements for all, and neither marks a
   * login as seen: the server checks by itself, an idle login must still end.
   */
  async lapsed<L extends { readonly login: { readonly id: string; readonly accessVersion: string } }>(
    held: readonly L[],
  ): Promise<{ held: L; now: Viewer | null }[]> {
    if (held.length === 0) return [];
    const rows = await this.db.query<(Partial<LoginRow> & { n: string })[]>(
      `SELECT l.n, l.id AS login_id, p.id AS person_id, p.preferred_language, p.access_version::text
         FROM unnest($1::uuid[], $2::bigint[]) WITH ORDINALITY AS l(id, version, n)
         LEFT JOIN auth_session s ON s.id = l.id AND ${isOpen('$3::int')}
         LEFT JOIN person p ON p.id = s.person_id
        WHERE NOT ${stillStands('l.id', 'l.version', '$3::int')}`,
      [held.map((h) => h.login.id), held.map((h) => h.login.accessVersion), this.config.sessionIdleMinutes],
    );
    const open = rows.filter((row): row is LoginRow & { n: string } => !!row.person_id);
    const memberships = await this.membershipsOf(open.map((row) => row.person_id));
    return rows.map((row) => ({
      held: held[Number(row.n) - 1],
      now: row.person_id ? this.viewerWith(row as LoginRow, memberships.get(row.person_id) ?? []) : null,
    }));
  }

  /**
   * The check `current` makes, as a condition for a caller's own statement
   * the viewer's login is still open and the
   * person's access version is still the one the viewer was read with (placeholders from `params`). A
   * live command folds it into its one statement, so the right it is stored
   * under is the right at that moment; when false, the caller reads the
   * viewer again (SocketAccess.reauthorise). Viewers without a login have nothing to check.
   */
  stillOpen(viewer: Viewer, params: SqlParams): string {
    if (!viewer.login) return 'true';
    const { id, accessVersion } = viewer.login;
    return stillStands(params.add(id), `${params.add(accessVersion)}::bigint`, `${params.add(this.config.sessionIdleMinutes)}::int`);
  }

  async memberships(personId: string): Promise<ViewerMembership[]> {
    return (await this.membershipsOf([personId])).get(personId) ?? [];
  }

  /** The memberships of several people, by person, in one statement. */
  private async membershipsOf(personIds: readonly string[]): Promise<Map<string, ViewerMembership[]>> {
    const byPerson = new Map<string, ViewerMembership[]>();
    if (personIds.length === 0) return byPerson;
    const rows = await this.db.query<Pick<MembershipRoleRow, 'id' | 'role' | 'organisation_id' | 'network_id' | 'team_id' | 'person_id'>[]>(
      `SELECT id, role, organisation_id, network_id, team_id, person_id FROM membership WHERE person_id = ANY($1::uuid[])`,
      [[...new Set(personIds)]],
    );
    for (const r of rows) {
      const membership = { id: r.id, role: r.role, organisationId: r.organisation_id, networkId: r.network_id, teamId: r.team_id };
      const list = byPerson.get(r.person_id);
      if (list) list.push(membership);
      else byPerson.set(r.person_id, [membership]);
    }
    return byPerson;
  }

  /** The memberships are read after the version, so a change in between only causes one more reload. */
  private async viewerOf(row: LoginRow): Promise<Viewer> {
    return this.viewerWith(row, await this.memberships(row.person_id));
  }

  private viewerWith(row: LoginRow, memberships: ViewerMembership[]): Viewer {
    return {
      personId: row.person_id,
      preferredLanguage: row.preferred_language,
      memberships,
      login: { id: row.login_id, accessVersion: row.access_version },
    };
  }
}
