import { LocalizedText } from '../values/localized-text';
import { RETENTION_RULES } from '../privacy/retention-rules';

/**
 * Readable names for what the audit log records (who read, exported or
 * changed what; never the content). The API records only these actions
 * (AuditAction), so a new one gets its label here or does not compile; an
 * older event whose action has gone is shown by its code, so nothing is hidden.
 */
export const AUDIT_ACTION_LABELS = {
  setup: { nl: 'Kring ingericht', en: 'Kring set up' },
  password_reset: { nl: 'Wachtwoord hersteld', en: 'Password reset' },
  password_changed: { nl: 'Wachtwoord gewijzigd', en: 'Password changed' },
  invitation_created: { nl: 'Uitnodiging verstuurd', en: 'Invitation sent' },
  invitation_accepted: { nl: 'Uitnodiging aangenomen', en: 'Invitation accepted' },
  membership_changed: { nl: 'Rol of team van lid gewijzigd', en: "Member's role or team changed" },
  membership_removed: { nl: 'Lid verwijderd', en: 'Member removed' },
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
  mirror_conversation_rescheduled: {
    nl: 'Spiegelgesprek verplaatst (naasten bericht gestuurd)',
    en: 'Mirror conversation moved (relatives told)',
  },
  mirror_conversation_cancelled: {
    nl: 'Spiegelgesprek afgelast (naasten bericht gestuurd)',
    en: 'Mirror conversation cancelled (relatives told)',
  },
  mirror_participant_invited: { nl: 'Naaste uitgenodigd', en: 'Relative invited' },
  mirror_consent_recorded: {
    nl: 'Toestemming van naaste vastgelegd door gespreksleider',
    en: "Relative's consent recorded by the moderator",
  },
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
  raw_notes_deleted: { nl: 'Ruwe notities gewist', en: 'Raw notes deleted' },
  calendar_feed_created: { nl: 'Agenda-link gemaakt', en: 'Calendar link created' },
  calendar_feed_revoked: { nl: 'Agenda-link ingetrokken', en: 'Calendar link revoked' },
  resident_register_changed: { nl: 'Pseudoniemenregister gewijzigd', en: 'Pseudonym register changed' },
  resident_register_read: { nl: 'Namen in pseudoniemenregister bekeken', en: 'Names in the pseudonym register viewed' },
  story_read: { nl: 'Verhaal gelezen', en: 'Story read' },
  story_sent_for_check: { nl: 'Verhaal ter controle naar verteller', en: 'Story sent to the storyteller for checking' },
  story_link_revoked: { nl: 'Link van verteller ingetrokken', en: "Storyteller's link revoked" },
  story_storyteller_email_changed: { nl: 'E-mailadres van verteller gewijzigd', en: "Storyteller's e-mail address changed" },
  story_approved_by_storyteller: { nl: 'Verhaal goedgekeurd door verteller', en: 'Story approved by the storyteller' },
  story_changes_requested: { nl: 'Verteller vroeg om wijzigingen in verhaal', en: 'Storyteller asked for changes to the story' },
  story_consent_changed: { nl: 'Toestemming van verteller gewijzigd', en: "Storyteller's consent changed" },
  library_item_read: { nl: 'Bibliotheekitem gelezen', en: 'Library item read' },
  library_item_shared: { nl: 'Gedeeld in de bibliotheek', en: 'Shared in the library' },
  library_item_withdrawn: { nl: 'Uit de bibliotheek teruggetrokken', en: 'Withdrawn from the library' },
  matching_round_started: { nl: 'Ronde visitaties gestart', en: 'Round of visits started' },
  peer_visit_arranged: { nl: 'Visitatie afgesproken', en: 'Peer-review visit arranged' },
  peer_visit_cancelled: { nl: 'Visitatie geannuleerd', en: 'Peer-review visit cancelled' },
  mirror_report_read: { nl: 'Spiegelrapport gelezen', en: 'Mirror report read' },
  mirror_report_exported: { nl: 'Spiegelrapport geëxporteerd', en: 'Mirror report exported' },
  mirror_report_shared_involved: { nl: 'Spiegelrapport alleen voor betrokkenen', en: 'Mirror report for those involved only' },
  mirror_report_shared_team: { nl: 'Spiegelrapport gedeeld met het eigen team', en: 'Mirror report shared with the own team' },
  mirror_report_shared_organisation: { nl: 'Spiegelrapport gedeeld in de organisatie', en: 'Mirror report shared in the organisation' },
  mirror_report_shared_network: {
    nl: 'Spiegelrapport geanonimiseerd gedeeld in het netwerk',
    en: 'Mirror report shared anonymised in the network',
  },
  visit_proposal_accepted: { nl: 'Voorstel voor visitatie aangenomen', en: 'Visit proposal accepted' },
  visit_proposal_declined: { nl: 'Voorstel voor visitatie afgeslagen', en: 'Visit proposal declined' },
  network_harvest_read: { nl: 'Netwerkoogst bekeken', en: 'Network harvest viewed' },
  network_invitation_created: { nl: 'Organisatie uitgenodigd voor netwerk', en: 'Organisation invited to the network' },
  network_joined: { nl: 'Aangesloten bij netwerk', en: 'Joined the network' },
  network_left: { nl: 'Netwerk verlaten', en: 'Left the network' },
  network_lens_published: { nl: 'Kijkwijzer van netwerk gepubliceerd', en: 'Network lens published' },
  network_organisation_removed: { nl: 'Organisatie uit netwerk gehaald', en: 'Organisation removed from the network' },
  mirror_listener_reflection_linked: { nl: 'Luisteraarsreflectie gekoppeld', en: 'Listener reflection linked' },
} satisfies Record<string, LocalizedText>;

/** What the audit log records: the API writes only actions named here, so every event has a Dutch and English label. */
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/**
 * Actions a person takes through their own personal link, without an account (a relative on their page): the log
 * names them as such, not as "Kring zelf" (what an event without a person otherwise reads as: a scheduled job).
 */
export const AUDIT_LINK_ACTORS: Partial<Record<AuditAction, LocalizedText>> = {
  mirror_consent_changed: { nl: 'De naaste zelf, via de eigen link', en: 'The relative, through their own link' },
};

/** What an audit event is about, by kind only: the audit log never shows content. */
export const AUDIT_SUBJECT_LABELS: Readonly<Record<string, LocalizedText>> = {
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  learning_network: { nl: 'Lerend netwerk', en: 'Learning network' },
  person: { nl: 'Persoon', en: 'Person' },
  invitation: { nl: 'Uitnodiging', en: 'Invitation' },
  case_file: { nl: 'Casus', en: 'Case' },
  case: { nl: 'Casus', en: 'Case' },
  resident_register: { nl: 'Pseudoniemenregister', en: 'Pseudonym register' },
  matching_round: { nl: 'Ronde visitaties', en: 'Round of visits' },
  visit_proposal: { nl: 'Voorstel voor visitatie', en: 'Visit proposal' },
  network_invitation: { nl: 'Uitnodiging voor netwerk', en: 'Network invitation' },
  case_consent: { nl: 'Toestemming bij casus', en: 'Consent for a case' },
  reflection_session: { nl: 'Reflectiesessie', en: 'Reflection session' },
  mirror_conversation: { nl: 'Spiegelgesprek', en: 'Mirror conversation' },
  mirror_participant: { nl: 'Naaste bij spiegelgesprek', en: 'Relative in a mirror conversation' },
  peer_visit: { nl: 'Collegiale visitatie', en: 'Peer-review visit' },
  story: { nl: 'Verhaal', en: 'Story' },
  library_item: { nl: 'Bibliotheekitem', en: 'Library item' },
  calendar_feed: { nl: 'Agenda-link', en: 'Calendar link' },
  // Purged raw material is logged by its kind (how many, never what it said).
  ...Object.fromEntries(RETENTION_RULES.map((rule) => [rule.kind, rule.name])),
};
