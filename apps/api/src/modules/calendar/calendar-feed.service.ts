import type { Language } from '@kring/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { hashToken, newToken } from '../../engine/auth/tokens';
import { KRING_CONFIG } from '../../engine/config/config.token';
import { KringConfig } from '../../engine/config/kring-config';
import type { CalendarFeedRow, PersonRow } from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';
import { UserError } from '../../engine/graphql/user-error';
import { TokenLinks } from '../../engine/throttle/token-links';
import { CalendarEventsService } from './calendar-events.service';
import { CalendarFeedDto, CalendarFeedLinkDto } from './dtos/calendar-feed.dto';
import { writeIcs } from './ics';

/**
 * The personal calendar feed: one secret address per person (only its hash
 * is stored). Making a new one replaces the hash, so the old address stops
 * working at once; revoking deletes it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(KRING_CONFIG) private readonly config: KringConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: CalendarEventsService,
    private readonly audit: AuditService,
    private readonly links: TokenLinks,
  ) {}

  async feed(personId: string): Promise<CalendarFeedDto> {
    const [row] = await this.db.query<Pick<CalendarFeedRow, 'created_at' | 'last_fetched_at'>[]>(
      `SELECT created_at, last_fetched_at FROM calendar_feed WHERE person_id = $1`,
      [personId],
    );
    return { active: !!row, createdAt: row?.created_at ?? null, lastFetchedAt: row?.last_fetched_at ?? null };
  }

  async create(personId: string): Promise<CalendarFeedLinkDto> {
    const token = newToken();
    const [row] = await this.db.query<Pick<CalendarFeedRow, 'created_at'>[]>(
      `INSERT INTO calendar_feed (person_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (person_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), last_fetched_at = NULL
       RETURNING created_at`,
      [personId, hashToken(token)],
    );
    await this.audit.recordOn('calendar_feed_created', { personId }, { type: 'calendar_feed', id: personId });
    const url = `${this.config.publicUrl}/calendar/${token}.ics`;
    return { url, webcalUrl: url.replace(/^https?:/, 'webcal:'), createdAt: row.created_at };
  }

  async revoke(personId: string): Promise<CalendarFeedDto> {
    const deleted = await updateReturning<Pick<CalendarFeedRow, 'person_id'>>(
      this.db.manager,
      `DELETE FROM calendar_feed WHERE person_id = $1 RETURNING person_id`,
      [personId],
    );
    if (deleted.length) await this.audit.recordOn('calendar_feed_revoked', { personId }, { type: 'calendar_feed', id: personId });
    return this.feed(personId);
  }

  /** The feed behind a secret address, in the person's language; NOT_FOUND for unknown or revoked addresses (and guessing is throttled). */
  async ics(token: string, req: Pick<Request, 'ip'>, now = new Date()): Promise<string> {
    const owner = await this.links.open(
      token,
      req,
      async (tokenHash) => {
        // preferred_language has no CHECK in the table; accounts write only the domain's languages.
        const [found] = await updateReturning<Pick<PersonRow, 'id'> & { preferred_language: Language }>(
          this.db.manager,
          `UPDATE calendar_feed f SET last_fetched_at = now() FROM person p
           WHERE f.token_hash = $1 AND p.id = f.person_id RETURNING p.id, p.preferred_language`,
          [tokenHash],
        );
        return found ?? null;
      },
      new UserError('NOT_FOUND'),
    );
    const events = await this.events.eventsFor(owner.id, owner.preferred_language, now);
    return writeIcs({ name: 'Kring', stamp: now, events });
  }
}
