import { Language } from '../i18n/language';
import { DATE_LOCALES, NETHERLANDS_TIME_ZONE } from '../time/netherlands-time';
import { LocalizedText } from '../values/localized-text';

/**
 * In-app notifications and the e-mails that go with them: invitations to
 * sessions and mirror conversations, reminders shortly before, and the
 * look-back of a new practice (terugkijken). The text says what and when,
 * with labels only (method, team, organisation): never the question, the
 * theme or the practice itself, which may touch on a resident and which the
 * reader opens in Kring behind the usual permissions.
 */
export const NOTIFICATION_KINDS = [
  'session_invited',
  'session_soon',
  'mirror_listener_invited',
  'mirror_soon',
  'visit_soon',
  'look_back_due',
  // Hand-overs in the visit cycle: one side proposes a visit, then agrees to the arrangements, and waits for the other;
  // the visitors' draft reaches the host; the host's response closes the report for the visitors.
  'visit_arranged',
  'visit_agreement_waiting',
  'visit_report_handed_over',
  'visit_report_closed',
  // The moderator approved the report of a reflection session, or the harvest of a mirror conversation: the people
  // who took part (or listened in) are told it is there to read.
  'session_report_approved',
  'mirror_harvest_approved',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationParams {
  /** ISO moment (sessions, mirror conversations) or YYYY-MM-DD (visits, look-backs). */
  readonly when: string;
  readonly team?: string | null;
  readonly method?: LocalizedText | null;
  /** The other organisation of a peer visit. */
  readonly organisation?: string | null;
  /** Whether the reader hosts the visit or is in the visiting team. */
  readonly visitRole?: 'host' | 'visitor' | null;
  /** The visit came from the network's matching, which every side accepted: nobody of the other side proposed it. */
  readonly matched?: boolean | null;
}

/** Dates as people read them on the wall in the Netherlands. */
export function formatNotificationWhen(when: string, language: Language): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(when);
  const format = new Intl.DateTimeFormat(
    DATE_LOCALES[language],
    dayOnly ? { timeZone: 'UTC', dateStyle: 'full' } : { timeZone: NETHERLANDS_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' },
  );
  return format.format(new Date(dayOnly ? `${when}T00:00:00Z` : when));
}

/** "(Incidentmethode, Team wonen)": the labels that are known, in brackets. */
function labels(params: NotificationParams, language: Language): string {
  const parts = [params.method?.[language], params.team].filter((part): part is string => !!part);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function notificationText(kind: NotificationKind, params: NotificationParams, language: Language): string {
  const when = formatNotificationWhen(params.when, language);
  const about = labels(params, language);
  const nl = language === 'nl';
  switch (kind) {
    case 'session_invited':
      return nl
        ? `Je bent uitgenodigd voor een reflectiesessie${about} op ${when}.`
        : `You are invited to a reflection session${about} on ${when}.`;
    case 'session_soon':
      return nl ? `Binnenkort: reflectiesessie${about} op ${when}.` : `Coming up: reflection session${about} on ${when}.`;
    case 'mirror_listener_invited':
      return nl
        ? `Je luistert mee bij een spiegelgesprek met naasten${about} op ${when}.`
        : `You will listen in on a mirror conversation with relatives${about} on ${when}.`;
    case 'mirror_soon':
      return nl
        ? `Binnenkort: spiegelgesprek met naasten${about} op ${when}.`
        : `Coming up: mirror conversation with relatives${about} on ${when}.`;
    case 'visit_soon': {
      const other = params.organisation ?? (nl ? 'een collega-organisatie' : 'a fellow organisation');
      if (params.visitRole === 'host')
        return nl
          ? `Binnenkort: ${other} komt op collegiale visitatie, op ${when}.`
          : `Coming up: ${other} visits you for a peer review, on ${when}.`;
      return nl
        ? `Binnenkort: jullie collegiale visitatie bij ${other}, op ${when}.`
        : `Coming up: your peer-review visit to ${other}, on ${when}.`;
    }
    case 'visit_arranged': {
      const other = params.organisation ?? (nl ? 'Een collega-organisatie' : 'A fellow organisation');
      if (params.matched) {
        const visit =
          params.visitRole === 'host'
            ? nl
              ? `Jullie krijgen bezoek van ${other}`
              : `${other} visits you`
            : nl
              ? `Jullie gaan op visitatie bij ${other}`
              : `You visit ${other}`;
        return nl
          ? `Alle organisaties namen het voorstel van het lerend netwerk aan (${when}). ${visit}. Lees de afspraken en stem in, of pas ze samen aan.`
          : `Every organisation accepted the learning network's proposal (${when}). ${visit}. Read the arrangements and agree, or change them together.`;
      }
      if (params.visitRole === 'host') {
        return nl
          ? `${other} stelde op ${when} een collegiale visitatie bij jullie voor. Lees de afspraken en stem in, of pas ze samen aan.`
          : `${other} proposed a peer-review visit to you on ${when}. Read the arrangements and agree, or change them together.`;
      }
      return nl
        ? `${other} nodigde jullie op ${when} uit voor een collegiale visitatie. Lees de afspraken en stem in, of pas ze samen aan.`
        : `${other} invited you for a peer-review visit on ${when}. Read the arrangements and agree, or change them together.`;
    }
    case 'visit_agreement_waiting': {
      const other = params.organisation ?? (nl ? 'De andere organisatie' : 'The other organisation');
      return nl
        ? `${other} stemde op ${when} in met de afspraken voor jullie collegiale visitatie. Nu is het aan jullie: lees ze na en stem ook in.`
        : `${other} agreed to the arrangements for your peer-review visit on ${when}. It is your turn: read them and agree too.`;
    }
    case 'visit_report_handed_over': {
      const other = params.organisation ?? (nl ? 'De bezoekers' : 'The visitors');
      return nl
        ? `${other} gaf het spiegelrapport van jullie visitatie aan jullie door, op ${when}. Nu is het aan jullie: reflectie, antwoorden en wat jullie willen proberen.`
        : `${other} handed you the mirror report of your visit, on ${when}. It is your turn now: reflection, responses and what you want to try.`;
    }
    case 'visit_report_closed': {
      const other = params.organisation ?? (nl ? 'De gastheer' : 'The host');
      return nl
        ? `${other} reageerde op jullie spiegelrapport en sloot het af, op ${when}. Lees hun reflectie en antwoorden.`
        : `${other} responded to your mirror report and closed it, on ${when}. Read their reflection and responses.`;
    }
    case 'session_report_approved':
      return nl
        ? `Het verslag van de reflectiesessie${about} van ${when} is goedgekeurd. Lees de oogst en de nieuwe praktijken.`
        : `The report of the reflection session${about} of ${when} has been approved. Read the harvest and the new practices.`;
    case 'mirror_harvest_approved':
      return nl
        ? `De oogst van het spiegelgesprek met naasten${about} van ${when} is goedgekeurd. Lees wat naasten vertelden.`
        : `The harvest of the mirror conversation with relatives${about} of ${when} has been approved. Read what relatives shared.`;
    case 'look_back_due':
      return nl
        ? `Tijd om terug te kijken: hoe ging de nieuwe praktijk${about}? Terugkijkdatum ${when}.`
        : `Time to look back: how did the new practice${about} go? Look-back date ${when}.`;
  }
}

/** The e-mail subject: short, and as careful as the notification itself. */
export const NOTIFICATION_MAIL_SUBJECTS: Readonly<Record<NotificationKind, LocalizedText>> = {
  session_invited: { nl: 'Uitnodiging voor een reflectiesessie', en: 'Invitation to a reflection session' },
  session_soon: { nl: 'Herinnering: reflectiesessie', en: 'Reminder: reflection session' },
  mirror_listener_invited: {
    nl: 'Uitnodiging om mee te luisteren bij een spiegelgesprek',
    en: 'Invitation to listen in on a mirror conversation',
  },
  mirror_soon: { nl: 'Herinnering: spiegelgesprek', en: 'Reminder: mirror conversation' },
  visit_soon: { nl: 'Herinnering: collegiale visitatie', en: 'Reminder: peer-review visit' },
  look_back_due: { nl: 'Tijd om terug te kijken op een nieuwe praktijk', en: 'Time to look back on a new practice' },
  visit_arranged: { nl: 'Een collegiale visitatie voorgesteld', en: 'A peer-review visit proposed' },
  visit_agreement_waiting: { nl: 'De afspraken voor jullie visitatie wachten op jullie', en: 'The visit arrangements are waiting for you' },
  visit_report_handed_over: { nl: 'Het spiegelrapport ligt bij jullie', en: 'The mirror report is with you' },
  visit_report_closed: { nl: 'De gastheer reageerde op jullie spiegelrapport', en: 'The host responded to your mirror report' },
  session_report_approved: {
    nl: 'Het verslag van jullie reflectiesessie staat klaar',
    en: 'The report of your reflection session is ready',
  },
  mirror_harvest_approved: { nl: 'De oogst van het spiegelgesprek staat klaar', en: 'The harvest of the mirror conversation is ready' },
};
