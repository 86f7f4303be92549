import { LocalizedText } from '../values/localized-text';

/**
 * Raw notes (ruwe notities): working material that was needed to make a
 * harvest or report but is not the harvest itself. An organisation chooses
 * how long they are kept (domain guide §8: retention periods); a daily job
 * deletes what is older. Harvests, approved reports, quotes with consent and
 * the beelden in a mirror report are not raw notes and stay.
 */
export const RAW_NOTE_KINDS = ['mirror_listener_notes', 'mirror_unused_statements', 'visit_notes_left_out', 'session_memos'] as const;
export type RawNoteKind = (typeof RAW_NOTE_KINDS)[number];

export const RAW_NOTE_KIND_LABELS: Readonly<Record<RawNoteKind, { name: LocalizedText; description: LocalizedText }>> = {
  mirror_listener_notes: {
    name: { nl: 'Notities van luisteraars', en: "Listeners' notes" },
    description: {
      nl: 'Wat luisteraars bij een spiegelgesprek voor zichzelf opschreven, en hun verduidelijkende vragen.',
      en: 'What listeners at a mirror conversation wrote down for themselves, and their clarifying questions.',
    },
  },
  mirror_unused_statements: {
    name: { nl: 'Uitspraken die niet in de oogst kwamen', en: 'Statements left out of the harvest' },
    description: {
      nl: 'Wat de gespreksleider tijdens een afgelopen spiegelgesprek vastlegde en niet als citaat in de oogst opnam.',
      en: 'What the moderator captured during a mirror conversation that has ended and did not take into the harvest as a quote.',
    },
  },
  visit_notes_left_out: {
    name: { nl: 'Beelden buiten het spiegelrapport', en: 'Observations left out of the mirror report' },
    description: {
      nl: 'Beelden van een afgesloten visitatie die ingetrokken zijn of niet in het spiegelrapport staan, en niet-gekozen versies bij dubbele wijzigingen.',
      en: 'Observations of a closed visit that were withdrawn or are not in the mirror report, and versions not chosen when two edits met.',
    },
  },
  session_memos: {
    name: { nl: 'Memo’s van gespreksleiders', en: "Moderators' memos" },
    description: {
      nl: 'Werkaantekeningen die alleen de gespreksleider ziet, bij sessies waarvan het verslag is goedgekeurd.',
      en: 'Working notes only the moderator sees, for sessions whose report has been approved.',
    },
  },
};

/** The periods an organisation can choose from, in days. */
export const RETENTION_DAY_OPTIONS = [30, 90, 180, 365] as const;
export type RetentionDays = (typeof RETENTION_DAY_OPTIONS)[number];
export const DEFAULT_RETENTION_DAYS: RetentionDays = 90;

export const RETENTION_DAY_LABELS: Readonly<Record<RetentionDays, LocalizedText>> = {
  30: { nl: '1 maand', en: '1 month' },
  90: { nl: '3 maanden', en: '3 months' },
  180: { nl: '6 maanden', en: '6 months' },
  365: { nl: '1 jaar', en: '1 year' },
};
