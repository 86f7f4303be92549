import { LocalizedText } from '../values/localized-text';
import { RAW_NOTE_KIND_LABELS, RAW_NOTE_KINDS } from './retention';

/**
 * Readable names for what the audit log records (who read, exported or
 * changed what; never the content). Modules add actions over time: an action
 * without a label here is shown by its code, so nothing is hidden.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, LocalizedText>> = {
  setup: { nl: 'Kring ingericht', en: 'Kring set up' },
  password_reset: { nl: 'Wachtwoord hersteld', en: 'Password reset' },
  invitation_created: { nl: 'Uitnodiging verstuurd', en: 'Invitation sent' },
  invitation_accepted: { nl: 'Uitnodiging aangenomen', en: 'Invitation accepted' },
  case_read: { nl: 'Casus gelezen', en: 'Case read' },
  case_visibility_changed: { nl: 'Zichtbaarheid van casus gewijzigd', en: 'Case visibility changed' },
  case_consent_recorded: { nl: 'Toestemming vastgelegd', en: 'Consent recorded' },
  case_consent_withdrawn: { nl: 'Toestemming ingetrokken', en: 'Consent withdrawn' },
  identifying_details_confirmed: { nl: 'Herkenbare gegevens bevestigd', en: 'Identifying details confirmed' },
  session_report_read: { nl: 'Sessieverslag gelezen', en: 'Session report read' },
  session_report_markdown: { nl: 'Sessieverslag geëxporteerd (Markdown)', en: 'Session report exported (Markdown)' },
  session_report_pdf: { nl: 'Sessieverslag geëxporteerd (PDF)', en: 'Session report exported (PDF)' },
  session_report_approved: { nl: 'Sessieverslag goedgekeurd', en: 'Session report approved' },
  mirror_conversation_planned: { nl: 'Spiegelgesprek gepland', en: 'Mirror conversation planned' },
  mirror_participant_invited: { nl: 'Naaste uitgenodigd', en: 'Relative invited' },
  mirror_link_renewed: { nl: 'Link van naaste vernieuwd', en: "Relative's link renewed" },
  mirror_link_revoked: { nl: 'Link van naaste ingetrokken', en: "Relative's link revoked" },
  mirror_consent_changed: { nl: 'Toestemming van naaste gewijzigd', en: "Relative's consent changed" },
  mirror_harvest_read: { nl: 'Oogst van spiegelgesprek gelezen', en: 'Mirror conversation harvest read' },
  mirror_harvest_approved: { nl: 'Oogst van spiegelgesprek goedgekeurd', en: 'Mirror conversation harvest approved' },
  mirror_raw_notes_deleted: { nl: 'Ruwe notities van spiegelgesprek verwijderd', en: 'Mirror conversation raw notes deleted' },
  mirror_letter_sent: { nl: 'Brief aan naasten verstuurd', en: 'Letter to relatives sent' },
  mirror_letter_exported: { nl: 'Brief aan naasten geëxporteerd', en: 'Letter to relatives exported' },
  quality_report_read: { nl: 'Kwaliteitsverslag bekeken', en: 'Quality report viewed' },
  quality_report_markdown: { nl: 'Kwaliteitsverslag geëxporteerd (Markdown)', en: 'Quality report exported (Markdown)' },
  quality_report_pdf: { nl: 'Kwaliteitsverslag geëxporteerd (PDF)', en: 'Quality report exported (PDF)' },
  network_overview_read: { nl: 'Jaaroverzicht netwerk bekeken', en: 'Network year overview viewed' },
  network_overview_markdown: { nl: 'Jaaroverzicht netwerk geëxporteerd (Markdown)', en: 'Network year overview exported (Markdown)' },
  network_overview_pdf: { nl: 'Jaaroverzicht netwerk geëxporteerd (PDF)', en: 'Network year overview exported (PDF)' },
  person_data_exported: { nl: 'Gegevens van een persoon geëxporteerd', en: "A person's data exported" },
  own_data_exported: { nl: 'Eigen gegevens gedownload', en: 'Own data downloaded' },
  person_erased: { nl: 'Gegevens van een persoon gewist', en: "A person's data erased" },
  retention_changed: { nl: 'Bewaartermijn gewijzigd', en: 'Retention period changed' },
  raw_notes_deleted: { nl: 'Ruwe notities na bewaartermijn verwijderd', en: 'Raw notes deleted after the retention period' },
  calendar_feed_created: { nl: 'Agenda-link gemaakt', en: 'Calendar link created' },
  calendar_feed_revoked: { nl: 'Agenda-link ingetrokken', en: 'Calendar link revoked' },
};

/** What an audit event is about, by kind only: the audit log never shows content. */
export const AUDIT_SUBJECT_LABELS: Readonly<Record<string, LocalizedText>> = {
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  learning_network: { nl: 'Lerend netwerk', en: 'Learning network' },
  person: { nl: 'Persoon', en: 'Person' },
  invitation: { nl: 'Uitnodiging', en: 'Invitation' },
  case_file: { nl: 'Casus', en: 'Case' },
  case_consent: { nl: 'Toestemming bij casus', en: 'Consent for a case' },
  reflection_session: { nl: 'Reflectiesessie', en: 'Reflection session' },
  mirror_conversation: { nl: 'Spiegelgesprek', en: 'Mirror conversation' },
  mirror_participant: { nl: 'Naaste bij spiegelgesprek', en: 'Relative in a mirror conversation' },
  peer_visit: { nl: 'Collegiale visitatie', en: 'Peer-review visit' },
  story: { nl: 'Verhaal', en: 'Story' },
  calendar_feed: { nl: 'Agenda-link', en: 'Calendar link' },
  // Deleted raw notes are logged by their kind.
  ...Object.fromEntries(RAW_NOTE_KINDS.map((kind) => [kind, RAW_NOTE_KIND_LABELS[kind].name])),
};
