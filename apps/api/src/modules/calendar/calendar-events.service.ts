import { Language, LocalizedText, RUNNING_PRACTICE_STATUSES, todayInNetherlands } from '@kring/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KRING_CONFIG } from '../../engine/config/config.token';
import { KringConfig } from '../../engine/config/kring-config';
import { MirrorConversationRow, PeerVisitRow, PracticeRow, ReflectionSessionRow } from '../../engine/database/tables.generated';
import { IcsEvent } from './ics';
import { WEB_PATHS } from './web-paths';
import { isMember } from '../../engine/database/membership-sql';

/** A meeting at a set moment that a person leads (its moderator) or is invited to. */
type MeetingEvent = Pick<ReflectionSessionRow | MirrorConversationRow, 'id' | 'scheduled_at' | 'duration_minutes' | 'place'> & {
  moderating: boolean;
  team_name: string | null;
  /** Both kinds call a meeting off as 'cancelled': the calendar then says so rather than dropping it. */
  status: ReflectionSessionRow['status'] | MirrorConversationRow['status'];
};
type SessionEvent = MeetingEvent & { method_name: LocalizedText };
type ConversationEvent = MeetingEvent;

/** Where a kind of meeting is kept, and the table of the people invited to it (besides the moderator). */
interface MeetingTables {
  table: 'reflection_session' | 'mirror_conversation';
  invited: { table: 'session_participant' | 'mirror_listener'; key: 'session_id' | 'conversation_id' };
  /** Columns of the meeting (alias `e`) beyond the ones every meeting has. */
  columns: string;
}
const SESSIONS: MeetingTables = {
  table: 'reflection_session',
  invited: { table: 'session_participant', key: 'session_id' },
  columns: "e.method_snapshot->'name' AS method_name",
};
const CONVERSATIONS: MeetingTables = {
  table: 'mirror_conversation',
  invited: { table: 'mirror_listener', key: 'conversation_id' },
  columns: '',
};
/** `visit_date` as YYYY-MM-DD text: a visit is a calendar day, not a moment. */
type VisitEvent = Pick<PeerVisitRow, 'id' | 'format' | 'status'> & {
  visit_date: string;
  host_name: string;
  visiting_name: string;
  location_name: string | null;
  hosting: boolean;
};
type LookBackEvent = Pick<PracticeRow, 'id'> & { look_back_on: string; team_name: string };

/** Past events stay in the feed for a while, so last month's session is still in the calendar. */
const PAST_DAYS = 60;
/** Enough for years of sessions; a feed never grows without bound. */
const MAX_EVENTS = 1000;

const TEXT = {
  session: { nl: 'Reflectiesessie', en: 'Reflection session' },
  mirrorModerating: { nl: 'Spiegelgesprek met naasten (gespreksleider)', en: 'Mirror conversation with relatives (moderator)' },
  mirrorListening: { nl: 'Spiegelgesprek met naasten (luisteren)', en: 'Mirror conversation with relatives (listening)' },
  visitAt: { nl: 'Collegiale visitatie bij', en: 'Peer-review visit to' },
  visitFrom: { nl: 'Collegiale visitatie: bezoek van', en: 'Peer-review visit from' },
  lookBack: { nl: 'Terugkijken op een nieuwe praktijk', en: 'Look back on a new practice' },
  lookBackHow: {
    nl: 'Hoe ging het? Bespreek het in de volgende sessie van het team.',
    en: 'How did it go? Talk it over in the team’s next session.',
  },
  open: { nl: 'Open in Kring', en: 'Open in Kring' },
} as const satisfies Record<string, LocalizedText>;

/**
 * Everything on one person's calendar, from the organisations they still
 * belong to: sessions they are invited to or lead, mirror conversations they
 * lead or listen in on, peer visits they make or host, and the look-back
 * dates of their teams' practices.
 *
 * Calendars are synchronised to outside services, so an event says what kind
 * of meeting it is, with which team or organisation, and links to Kring: the
 * question of a session, the theme of a conversation, the focus of a visit
 * and the practice itself stay behind the login, as they may touch on a
 * resident.
 */
@Injectable()
export class CalendarEventsService {
  constructor(
    @Inject(KRING_CONFIG) private readonly config: KringConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async eventsFor(personId: string, language: Language, now: Date): Promise<IcsEvent[]> {
    const since = new Date(now.getTime() - PAST_DAYS * 24 * 3600_000);
    const sinceDay = todayInNetherlands(since);
    const [sessions, conversations, visits, lookBacks] = await Promise.all([
      this.meetings<SessionEvent>(personId, since, SESSIONS),
      this.meetings<ConversationEvent>(personId, since, CONVERSATIONS),
      this.visits(personId, sinceDay),
      this.lookBacks(personId, sinceDay),
    ]);
    const L = (text: LocalizedText) => text[language];
    const link = (path: string) => `${this.config.publicUrl}${path}`;
    const withTeam = (label: string, team: string | null) => (team ? `${label}, ${team}` : label);
    /** What a session's and a conversation's event share: a moment, a place and the link. */
    const meeting = (uid: string, m: MeetingEvent, path: string): Omit<IcsEvent, 'summary'> => {
      const url = link(path);
      return {
        uid: `${uid}@kring`,
        when: { at: m.scheduled_at, minutes: m.duration_minutes },
        description: `${L(TEXT.open)}: ${url}`,
        location: m.place,
        url,
        cancelled: m.status === 'cancelled',
      };
    };

    const events: IcsEvent[] = [
      ...sessions.map((s) => ({
        ...meeting(`session-${s.id}`, s, WEB_PATHS.session(s.id)),
        summary: withTeam(`${L(TEXT.session)}: ${s.method_name[language]}`, s.team_name),
      })),
      ...conversations.map((c) => ({
        ...meeting(`mirror-${c.id}`, c, WEB_PATHS.mirrorConversation(c.id)),
        summary: withTeam(L(c.moderating ? TEXT.mirrorModerating : TEXT.mirrorListening), c.team_name),
      })),
      ...visits.map((v): IcsEvent => {
        const url = link(WEB_PATHS.peerVisit(v.id));
        return {
          uid: `visit-${v.id}@kring`,
          when: { day: v.visit_date, days: v.format === 'twenty_four_hours' ? 2 : 1 },
          summary: v.hosting ? `${L(TEXT.visitFrom)} ${v.visiting_name}` : `${L(TEXT.visitAt)} ${v.host_name}`,
          description: `${L(TEXT.open)}: ${url}`,
          location: v.location_name ?? undefined,
          url,
          cancelled: v.status === 'cancelled',
        };
      }),
      ...lookBacks.map((p): IcsEvent => {
        const url = link(WEB_PATHS.practices());
        return {
          uid: `look-back-${p.id}@kring`,
          when: { day: p.look_back_on, days: 1 },
          summary: withTeam(L(TEXT.lookBack), p.team_name),
          description: `${L(TEXT.lookBackHow)}\n${L(TEXT.open)}: ${url}`,
          url,
        };
      }),
    ];
    return events.slice(0, MAX_EVENTS);
  }

  /** Meetings since `since` that the person leads or is invited to, in organisations they still belong to. */
  private meetings<T extends MeetingEvent>(personId: string, since: Date, { table, invited, columns }: MeetingTables): Promise<T[]> {
    return this.db.query(
      `SELECT e.id, e.scheduled_at, e.duration_minutes, e.place, e.status, e.moderator_id = $1 AS moderating, t.name AS team_name${columns ? `, ${columns}` : ''}
       FROM ${table} e LEFT JOIN team t ON t.id = e.team_id
       WHERE e.scheduled_at >= $2
         AND (e.moderator_id = $1 OR EXISTS (SELECT 1 FROM ${invited.table} i WHERE i.${invited.key} = e.id AND i.person_id = $1))
         AND ${isMember('$1', 'e.organisation_id')}
       ORDER BY e.scheduled_at LIMIT ${MAX_EVENTS}`,
      [personId, since],
    );
  }

  /** Visits the person makes (in the visiting team) or hosts (as the host organisation's care entrepreneur). */
  private visits(personId: string, sinceDay: string): Promise<VisitEvent[]> {
    return this.db.query(
      `SELECT v.id, v.visit_date::text AS visit_date, v.format, v.status, h.name AS host_name, g.name AS visiting_name, l.name AS location_name,
              EXISTS (SELECT 1 FROM membership m WHERE m.person_id = $1 AND m.organisation_id = v.organisation_id AND m.role = 'entrepreneur') AS hosting
       FROM peer_visit v JOIN organisation h ON h.id = v.organisation_id JOIN organisation g ON g.id = v.visiting_organisation_id
       LEFT JOIN location l ON l.id = v.location_id
       WHERE v.visit_date IS NOT NULL AND v.visit_date >= $2::date
         AND (EXISTS (SELECT 1 FROM membership m WHERE m.person_id = $1 AND m.organisation_id = v.organisation_id AND m.role = 'entrepreneur')
           OR (EXISTS (SELECT 1 FROM peer_visit_member pm WHERE pm.visit_id = v.id AND pm.person_id = $1)
               AND ${isMember('$1', 'v.visiting_organisation_id')}))
       ORDER BY v.visit_date LIMIT ${MAX_EVENTS}`,
      [personId, sinceDay],
    );
  }

  /** Look-backs of practices still being tried, in the teams the person belongs to. */
  private lookBacks(personId: string, sinceDay: string): Promise<LookBackEvent[]> {
    return this.db.query(
      `SELECT p.id, p.look_back_on::text AS look_back_on, t.name AS team_name
       FROM practice p JOIN team t ON t.id = p.team_id
       WHERE p.look_back_on >= $2::date AND p.status = ANY($3::text[])
         AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = $1 AND m.organisation_id = p.organisation_id AND m.team_id = p.team_id)
       ORDER BY p.look_back_on LIMIT ${MAX_EVENTS}`,
      [personId, sinceDay, RUNNING_PRACTICE_STATUSES],
    );
  }
}
