import { Language } from '@kring/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { hashToken, newToken } from '../../engine/auth/tokens';
import { KringRequest, sessionToken } from '../../engine/auth/viewer';
import { KRING_CONFIG } from '../../engine/config/config.token';
import { KringConfig } from '../../engine/config/kring-config';
import type { MembershipRoleRow, PersonProfileRow } from '../../engine/database/profile-rows';
import type { AuthSessionRow, PasswordResetRow, PersonRow } from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';
import { namedRef } from '../../engine/graphql/named-ref';
import { UserError } from '../../engine/graphql/user-error';
import { MailService } from '../../engine/mail/mail.service';
import { ThrottleRule, ThrottleService } from '../../engine/throttle/throttle.service';
import { clientAddress, TokenLinks } from '../../engine/throttle/token-links';
import { LiveConnections } from '../../engine/realtime/live-connections';
import { PersonDto } from './dtos/person.dto';
import { ViewerDto } from './dtos/viewer.dto';
import { PasswordHasher } from './password-hasher';
import { clearSessionCookie, SESSION_DAYS, setSessionCookie } from './session-cookie';

/**
 * Password checks (login, joining with an existing account) per account and
 * per visitor address within the window; counted before the check, so
 * parallel guesses cannot pass the limit. A correct password clears its
 * account's count and gives its address's attempt back.
 */
const PASSWORD_GUESSING = {
  perAccount: { name: 'password-account', limit: 5, windowMinutes: 15, refusal: 'TOO_MANY_ATTEMPTS' },
  perAddress: { name: 'password-address', limit: 30, windowMinutes: 15, refusal: 'TOO_MANY_ATTEMPTS' },
} as const satisfies Record<string, ThrottleRule>;

/** Reset mails asked for, per address asked about and per visitor address: every request counts (each may send a mail). */
const RESET_REQUESTS = {
  perAccount: { name: 'reset-account', limit: 3, windowMinutes: 60, refusal: 'RESET_ATTEMPTS' },
  perAddress: { name: 'reset-address', limit: 10, windowMinutes: 60, refusal: 'RESET_ATTEMPTS' },
} as const satisfies Record<string, ThrottleRule>;
const RESET_VALID_MINUTES = 60;

/** A membership as the viewer reads it: organisation, network and team with their names, each null when the membership has none. */
type ViewerMembershipRow = Pick<MembershipRoleRow, 'id' | 'role' | 'created_at'> & {
  org_id: string | null;
  org_name: string | null;
  org_resident_term: string | null;
  net_id: string | null;
  net_name: string | null;
  team_id: string | null;
  team_name: string | null;
};

interface NewPerson {
  email: string;
  displayName: string;
  password: string;
  preferredLanguage: Language;
  /** The password is printed for all to see (demo accounts): hashed cheaply, see PasswordHasher.hashPublished. */
  publishedPassword?: boolean;
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(KRING_CONFIG) private readonly config: KringConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly connections: LiveConnections,
    private readonly throttle: ThrottleService,
    private readonly links: TokenLinks,
    private readonly passwords: PasswordHasher,
  ) {}

  private get secureCookies(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }

  async viewer(personId: string): Promise<ViewerDto> {
    const [person] = await this.db.query<Pick<PersonProfileRow, 'id' | 'email' | 'display_name' | 'preferred_language'>[]>(
      `SELECT id, email, display_name, preferred_language FROM person WHERE id = $1`,
      [personId],
    );
    const memberships = await this.db.query<ViewerMembershipRow[]>(
      `SELECT m.id, m.role, m.created_at, o.id AS org_id, o.name AS org_name, o.resident_term AS org_resident_term, n.id AS net_id, n.name AS net_name, t.id AS team_id, t.name AS team_name
       FROM membership m
       LEFT JOIN organisation o ON o.id = m.organisation_id
       LEFT JOIN learning_network n ON n.id = m.network_id
       LEFT JOIN team t ON t.id = m.team_id
       WHERE m.person_id = $1 ORDER BY o.name NULLS LAST, t.name NULLS FIRST, m.role`,
      [personId],
    );
    const summary = { id: person.id, displayName: person.display_name, email: person.email };
    return {
      person: { ...summary, preferredLanguage: person.preferred_language },
      memberships: memberships.map((m) => ({
        id: m.id,
        role: m.role,
        createdAt: m.created_at,
        person: summary,
        organisation: m.org_id && m.org_name !== null ? { id: m.org_id, name: m.org_name, residentTerm: m.org_resident_term ?? '' } : null,
        network: namedRef(m.net_id, m.net_name),
        team: namedRef(m.team_id, m.team_name),
      })),
    };
  }

  /** Creates a person inside the caller's transaction; a taken e-mail is a clear user error. */
  async createPerson(manager: EntityManager, person: NewPerson): Promise<string> {
    const [taken] = await manager.query<unknown[]>(`SELECT 1 FROM person WHERE lower(email) = lower($1)`, [person.email]);
    if (taken) throw new UserError('EMAIL_TAKEN', {}, [{ field: 'email', rule: 'taken' }]);
    const [row] = await manager.query<Pick<PersonRow, 'id'>[]>(
      `INSERT INTO person (email, display_name, password_hash, preferred_language) VALUES (lower($1), $2, $3, $4) RETURNING id`,
      [
        person.email,
        person.displayName,
        await (person.publishedPassword ? this.passwords.hashPublished(person.password) : this.passwords.hash(person.password)),
        person.preferredLanguage,
      ],
    );
    return row.id;
  }

  async startSession(personId: string, req: KringRequest): Promise<void> {
    const token = newToken();
    await this.db.query(`INSERT INTO auth_session (person_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`, [
      personId,
      hashToken(token),
      SESSION_DAYS,
    ]);
    setSessionCookie(req.res!, token, this.secureCookies);
    req.kringViewer = undefined;
  }

  /**
   * Checks a password under PASSWORD_GUESSING. `hash` is null when no account
   * has this address: a decoy is checked then, so both take as long.
   */
  async checkPassword(email: string, hash: string | null, password: string, req: KringRequest): Promise<boolean> {
    const account = await this.throttle.take(PASSWORD_GUESSING.perAccount, email);
    const address = await this.throttle.take(PASSWORD_GUESSING.perAddress, clientAddress(req));
    const valid = await this.passwords.verify(hash, password);
    if (valid) await Promise.all([account.clear(), address.release()]);
    return valid;
  }

  async login(email: string, password: string, req: KringRequest): Promise<ViewerDto> {
    const [person] = await this.db.query<Pick<PersonRow, 'id' | 'password_hash'>[]>(
      `SELECT id, password_hash FROM person WHERE lower(email) = $1`,
      [email],
    );
    if (!(await this.checkPassword(email, person?.password_hash ?? null, password, req))) throw new UserError('INVALID_CREDENTIALS');
    await this.startSession(person.id, req);
    return this.viewer(person.id);
  }

  /** Ends this login; its open sockets close at once, on every API instance. */
  async logout(req: KringRequest): Promise<boolean> {
    const token = sessionToken(req);
    if (token) {
      const [ended] = await updateReturning<Pick<AuthSessionRow, 'id'>>(
        this.db.manager,
        `DELETE FROM auth_session WHERE token_hash = $1 RETURNING id`,
        [hashToken(token)],
      );
      if (ended) this.connections.endLogin(ended.id);
    }
    clearSessionCookie(req.res!, this.secureCookies);
    return true;
  }

  /** "Log out everywhere": every login of this person ends, with every open socket. */
  async logoutEverywhere(personId: string, req: KringRequest): Promise<boolean> {
    await this.db.query(`DELETE FROM auth_session WHERE person_id = $1`, [personId]);
    this.connections.endPerson(personId);
    clearSessionCookie(req.res!, this.secureCookies);
    return true;
  }

  async requestPasswordReset(email: string, req: KringRequest): Promise<boolean> {
    await this.throttle.take(RESET_REQUESTS.perAccount, email);
    await this.throttle.take(RESET_REQUESTS.perAddress, clientAddress(req));
    const [person] = await this.db.query<Pick<PersonRow, 'id' | 'preferred_language'>[]>(
      `SELECT p.id, p.preferred_language FROM person p WHERE lower(p.email) = $1`,
      [email],
    );
    if (!person) return true;
    const token = newToken();
    const link = this.mail.link(`/wachtwoord-herstellen/${token}`);
    const english = person.preferred_language === 'en';
    // The reset and its mail are stored together.
    await this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO password_reset (person_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
        [person.id, hashToken(token), RESET_VALID_MINUTES],
      );
      await this.mail.send(
        {
          to: email,
          organisationId: 'operator',
          subject: english ? 'Set a new password for Kring' : 'Nieuw wachtwoord voor Kring',
          body: english
            ? `Someone (hopefully you) asked for a new password.\n\nChoose one here within ${RESET_VALID_MINUTES} minutes:\n${link}\n\nDid you not ask? Then ignore this e-mail.`
            : `Iemand (hopelijk jij) heeft een nieuw wachtwoord aangevraagd.\n\nKies binnen ${RESET_VALID_MINUTES} minuten een nieuw wachtwoord:\n${link}\n\nHeb je dit niet aangevraagd? Dan kun je deze e-mail negeren.`,
        },
        manager,
      );
    });
    return true;
  }

  async resetPassword(token: string, password: string, req: KringRequest): Promise<ViewerDto> {
    // Unknown, used and expired links all find nothing (null), counted like any guessed link.
    const open = (tokenHash: string) =>
      this.db.transaction(async (manager) => {
        const [reset] = await updateReturning<Pick<PasswordResetRow, 'person_id'>>(
          manager,
          `UPDATE password_reset SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING person_id`,
          [tokenHash],
        );
        if (!reset) return null;
        await manager.query(`UPDATE person SET password_hash = $2 WHERE id = $1`, [reset.person_id, await this.passwords.hash(password)]);
        // One reset ends every other open reset link: an older mail must not set the password again.
        await manager.query(`UPDATE password_reset SET used_at = now() WHERE person_id = $1 AND used_at IS NULL`, [reset.person_id]);
        // A new password ends every other session: the reason for a reset may be a stolen one.
        await manager.query(`DELETE FROM auth_session WHERE person_id = $1`, [reset.person_id]);
        await this.audit.record({ action: 'password_reset', personId: reset.person_id }, manager);
        return reset.person_id;
      });
    const personId = await this.links.open(token, req, open, new UserError('TOKEN_INVALID'));
    // The sockets of the ended sessions close too, before the new login starts.
    this.connections.endPerson(personId);
    await this.startSession(personId, req);
    return this.viewer(personId);
  }

  /**
   * A new password, known the current one (checked as a login is, so it cannot be guessed here instead). Every other
   * login of the person ends, with its sockets, as after a reset: someone who changes a password may suspect another
   * device; the login it is changed from stays.
   */
  async changePassword(personId: string, currentPassword: string, newPassword: string, req: KringRequest): Promise<boolean> {
    const [person] = await this.db.query<Pick<PersonRow, 'email' | 'password_hash'>[]>(
      `SELECT email, password_hash FROM person WHERE id = $1`,
      [personId],
    );
    if (!(await this.checkPassword(person.email, person.password_hash, currentPassword, req)))
      throw new UserError('CURRENT_PASSWORD_WRONG', {}, [{ field: 'currentPassword', rule: 'invalid' }]);
    const current = hashToken(sessionToken(req) ?? '');
    const ended = await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE person SET password_hash = $2 WHERE id = $1`, [personId, await this.passwords.hash(newPassword)]);
      // An open reset link from before must not set the old choice again.
      await manager.query(`UPDATE password_reset SET used_at = now() WHERE person_id = $1 AND used_at IS NULL`, [personId]);
      const others = await updateReturning<Pick<AuthSessionRow, 'id'>>(
        manager,
        `DELETE FROM auth_session WHERE person_id = $1 AND token_hash <> $2 RETURNING id`,
        [personId, current],
      );
      await this.audit.record({ action: 'password_changed', personId }, manager);
      return others;
    });
    for (const session of ended) this.connections.endLogin(session.id);
    return true;
  }

  async updateProfile(personId: string, displayName: string, preferredLanguage: Language): Promise<PersonDto> {
    await this.db.query(`UPDATE person SET display_name = $2, preferred_language = $3 WHERE id = $1`, [
      personId,
      displayName,
      preferredLanguage,
    ]);
    return (await this.viewer(personId)).person;
  }
}
