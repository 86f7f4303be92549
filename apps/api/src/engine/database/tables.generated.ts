// Generated from the migrated database by `npm run db:types`; do not edit.
// The migrations are the source of truth: change a table there, then regenerate.
// tests/integration/table-types.spec.ts fails when this file is stale.

export interface AuditEventRow {
  id: string;
  organisation_id: string | null;
  person_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  created_at: Date;
  count: number | null;
  change: unknown | null;
}

export interface AuthSessionRow {
  id: string;
  person_id: string;
  token_hash: string;
  expires_at: Date;
  created_at: Date;
  last_seen_at: Date;
}

export interface CalendarFeedRow {
  person_id: string;
  token_hash: string;
  created_at: Date;
  last_fetched_at: Date | null;
}

export interface CaseChapterRow {
  id: string;
  organisation_id: string;
  case_id: string;
  position: number;
  title: string;
  body: string;
  author_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface CaseConsentRow {
  id: string;
  organisation_id: string;
  case_id: string;
  scope: 'discuss_in_team' | 'share_in_organisation' | 'share_in_network';
  given_by: 'resident' | 'legal_representative';
  form: 'standard' | 'easy_read';
  given_on: Date;
  withdrawn_on: Date | null;
  note: string;
  recorded_by: string | null;
  created_at: Date;
}

export interface CaseFileRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  author_id: string | null;
  code: string;
  display_pseudonym: string;
  title: string;
  life_story_note: string;
  burden_note: string;
  visibility: 'private' | 'session' | 'team' | 'organisation';
  created_at: Date;
  updated_at: Date;
}

export interface CustomMethodRow {
  id: string;
  organisation_id: string;
  method_id: string;
  version: number;
  definition: unknown;
  created_by: string | null;
  created_at: Date;
  archived_at: Date | null;
}

export interface EntrepreneurCheckinNoteRow {
  id: string;
  visit_id: string;
  network_id: string;
  organisation_id: string;
  author_id: string;
  topic: 'continuity' | 'staying_small' | 'specialist_expertise' | 'rules_and_contracts';
  body: string;
  shared_with_network: boolean;
  updated_at: Date;
}

export interface ErasedMemberRow {
  id: string;
  organisation_id: string;
  number: number;
  pseudonym_person_id: string;
  erased_by: string | null;
  erased_at: Date;
}

export interface EscalationPromptRow {
  id: string;
  organisation_id: string;
  surface: string;
  shown_to_person: string | null;
  shown_to_participant: string | null;
  shown_to_storyteller_of: string | null;
  choice: 'removed' | 'kept' | null;
  shown_at: Date;
  chosen_at: Date | null;
}

export interface HarvestDraftRow {
  id: string;
  organisation_id: string;
  session_id: string;
  phase_id: string;
  source_entry_id: string | null;
  target: 'insight' | 'advice' | 'practice';
  body: string;
  created_at: Date;
  flagged: boolean;
}

export interface HarvestItemRow {
  id: string;
  organisation_id: string;
  session_id: string;
  kind: 'insight' | 'advice' | 'memo';
  body: string;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface InvitationRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

export interface LearningNetworkRow {
  id: string;
  name: string;
  created_at: Date;
}

export interface LibraryItemRow {
  id: string;
  organisation_id: string;
  source_kind: 'case' | 'story' | 'lesson' | 'mirror_report';
  source_id: string;
  source_revision: number | null;
  audience: 'organisation' | 'network';
  team_id: string | null;
  title: string;
  body: string;
  value_ids: string[];
  shared_by: string | null;
  shared_at: Date;
  search_extra: string;
  search_vector: string | null;
}

export interface LocationRow {
  id: string;
  organisation_id: string;
  name: string;
  kind: string;
  place: string;
  created_at: Date;
}

export interface MatchingRoundRow {
  id: string;
  network_id: string;
  months_without_repeat: number;
  unmatched: unknown;
  created_by: string | null;
  created_at: Date;
}

export interface MembershipRow {
  id: string;
  person_id: string;
  organisation_id: string | null;
  network_id: string | null;
  team_id: string | null;
  role: string;
  created_at: Date;
}

export interface MirrorCommandReceiptRow {
  conversation_id: string;
  person_id: string;
  client_key: string;
  organisation_id: string;
  version: string;
  created_id: string | null;
  created_at: Date;
}

export interface MirrorConsentRow {
  id: string;
  organisation_id: string;
  participant_id: string;
  scope: 'take_part' | 'quote_anonymously' | 'share_in_organisation' | 'share_in_network';
  form: 'standard' | 'easy_read';
  given_at: Date;
  withdrawn_at: Date | null;
  channel: 'link' | 'paper' | 'phone' | 'in_person';
  recorded_by: string | null;
}

export interface MirrorConversationRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  theme: string;
  scheduled_at: Date;
  duration_minutes: number;
  place: string;
  moderator_id: string;
  escalation_procedure: string;
  status: 'planned' | 'live' | 'ended' | 'approved' | 'cancelled';
  current_question_id: string | null;
  closing_round: boolean;
  version: string;
  started_at: Date | null;
  ended_at: Date | null;
  harvest_approved_at: Date | null;
  harvest_approved_by: string | null;
  listener_session_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  cancelled_at: Date | null;
  cancel_message: string;
  rescheduled_from: Date | null;
  statement_count: number;
  note_counts: unknown;
  guard_names_version: string;
}

export interface MirrorHarvestThemeRow {
  conversation_id: string;
  theme_id: string;
  organisation_id: string;
  summary: string;
  updated_at: Date;
}

export interface MirrorLearningWishRow {
  id: string;
  organisation_id: string;
  conversation_id: string;
  body: string;
  author_id: string | null;
  created_at: Date;
}

export interface MirrorLetterRow {
  conversation_id: string;
  organisation_id: string;
  heard: string;
  will_do: string;
  look_back_on: Date | null;
  updated_by: string | null;
  updated_at: Date;
  sent_at: Date | null;
  sent_by: string | null;
}

export interface MirrorListenerRow {
  conversation_id: string;
  person_id: string;
  organisation_id: string;
}

export interface MirrorListenerNoteRow {
  id: string;
  organisation_id: string;
  conversation_id: string;
  author_id: string;
  kind: 'note' | 'question';
  body: string;
  question_id: string | null;
  asked_at: Date | null;
  created_at: Date;
}

export interface MirrorParticipantRow {
  id: string;
  organisation_id: string;
  conversation_id: string;
  kind: 'relative' | 'resident';
  display_name: string;
  email: string | null;
  language: string;
  pseudonym: string;
  token_hash: string;
  expires_at: Date;
  revoked_at: Date | null;
  link_sent_at: Date | null;
  relation: string | null;
  legal_representative: boolean | null;
  free_text: string;
  responded_at: Date | null;
  created_by: string | null;
  created_at: Date;
}

export interface MirrorQuestionRow {
  id: string;
  organisation_id: string;
  conversation_id: string;
  position: number;
  body: string;
  theme_ids: string[];
}

export interface MirrorStatementRow {
  id: string;
  organisation_id: string;
  conversation_id: string;
  question_id: string | null;
  participant_id: string | null;
  body: string;
  theme_ids: string[];
  value_tags: unknown;
  quotable: boolean;
  in_harvest: boolean;
  created_by: string | null;
  created_at: Date;
  edited_at: Date | null;
  flagged: boolean;
}

export interface MirrorThemeAnswerRow {
  participant_id: string;
  theme_id: string;
  organisation_id: string;
  conversation_id: string;
  important: string;
  experienced: string;
  updated_at: Date;
}

export interface NetworkInvitationRow {
  id: string;
  network_id: string;
  email: string;
  token_hash: string;
  invited_by: string | null;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_organisation_id: string | null;
  revoked_at: Date | null;
  created_at: Date;
}

export interface NetworkLensProposalRow {
  id: string;
  network_id: string;
  organisation_id: string;
  proposed_by: string | null;
  base_version: number;
  purpose: string;
  value_ids: string[];
  mirror_theme_ids: string[];
  questions: string[];
  motivation: string;
  status: 'open' | 'adopted' | 'declined';
  decision_note: string;
  adopted_in_version: number | null;
  decided_at: Date | null;
  created_at: Date;
}

export interface NetworkLensVersionRow {
  id: string;
  network_id: string;
  version: number;
  purpose: string;
  value_ids: string[];
  mirror_theme_ids: string[];
  questions: string[];
  change_note: string;
  published_by: string | null;
  published_at: Date;
}

export interface NotificationRow {
  id: string;
  organisation_id: string;
  person_id: string;
  kind: string;
  subject_id: string;
  due_key: string;
  params: unknown;
  link: string;
  read_at: Date | null;
  created_at: Date;
}

export interface OrganisationRow {
  id: string;
  network_id: string | null;
  name: string;
  kind: string;
  client_groups: string[];
  financing: string[];
  care_vision: string;
  resident_term: string;
  created_at: Date;
  complaints_officer_name: string;
  complaints_officer_contact: string;
  incident_route: string;
  guard_names_version: string;
}

export interface OutboxMailRow {
  id: string;
  organisation_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  created_at: Date;
}

export interface PasswordResetRow {
  id: string;
  person_id: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Date;
}

export interface PeerVisitRow {
  id: string;
  network_id: string;
  organisation_id: string;
  visiting_organisation_id: string;
  proposal_id: string | null;
  return_visit_id: string | null;
  location_id: string | null;
  status: 'preparing' | 'agreed' | 'cancelled';
  focus_question: string;
  purpose: string;
  format: 'half_day' | 'day' | 'twenty_four_hours' | null;
  visit_date: Date | null;
  lens_version: number;
  lens: unknown;
  practical_notes: string;
  privacy_notes: string;
  host_agreed_at: Date | null;
  host_agreed_by: string | null;
  visitor_agreed_at: Date | null;
  visitor_agreed_by: string | null;
  report_status: 'draft' | 'with_host' | 'closed';
  report_summary: string;
  host_reflection: string;
  report_visibility: 'involved' | 'team' | 'organisation' | 'network';
  report_team_id: string | null;
  handed_to_host_at: Date | null;
  closed_at: Date | null;
  closed_by: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface PeerVisitMemberRow {
  id: string;
  visit_id: string;
  network_id: string;
  organisation_id: string;
  person_id: string | null;
  role: 'entrepreneur' | 'care_worker' | 'relative' | 'expert';
  display_name: string;
}

export interface PeerVisitMirrorResponseRow {
  visit_id: string;
  network_id: string;
  organisation_id: string;
  topic_kind: 'focus' | 'question' | 'theme';
  topic_id: string;
  body: string;
  version: number;
  updated_by: string | null;
  updated_at: Date;
}

export interface PeerVisitNoteRow {
  id: string;
  visit_id: string;
  network_id: string;
  organisation_id: string;
  client_id: string;
  author_id: string | null;
  body: string;
  finding_type: 'touched_us' | 'mirror_question' | 'point_of_attention' | 'suggestion' | 'rule_obstacle';
  value_ids: string[];
  mirror_theme_id: string | null;
  moment_of_day: 'morning' | 'midday' | 'afternoon' | 'evening' | 'night' | null;
  about_focus: boolean;
  deleted_at: Date | null;
  in_report: boolean;
  revision: number;
  last_edit_id: string;
  created_at: Date;
  updated_at: Date;
}

export interface PeerVisitNoteConflictRow {
  id: string;
  note_id: string;
  visit_id: string;
  network_id: string;
  organisation_id: string;
  author_id: string | null;
  edit_id: string;
  base_revision: number;
  body: string;
  finding_type: string;
  value_ids: string[];
  mirror_theme_id: string | null;
  moment_of_day: string | null;
  about_focus: boolean;
  deleted: boolean;
  resolution: 'keep_server' | 'keep_mine' | 'keep_both' | null;
  resolved_at: Date | null;
  created_at: Date;
}

export interface PeerVisitNoteReceiptRow {
  edit_id: string;
  note_id: string;
  network_id: string;
  outcome: 'created' | 'applied' | 'unchanged' | 'conflict';
  created_at: Date;
}

export interface PeerVisitPracticeRow {
  practice_id: string;
  visit_id: string;
  network_id: string;
  organisation_id: string;
}

export interface PersonRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  preferred_language: string;
  created_at: Date;
  access_version: string;
}

export interface PracticeRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  session_id: string | null;
  what: string;
  who: string;
  look_back_on: Date | null;
  status: 'open' | 'continued' | 'adopted' | 'stopped';
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface PracticeReviewRow {
  id: string;
  organisation_id: string;
  practice_id: string;
  session_id: string | null;
  body: string;
  status: 'open' | 'continued' | 'adopted' | 'stopped' | null;
  author_id: string | null;
  created_at: Date;
}

export interface PrivacySettingRow {
  organisation_id: string;
  raw_note_retention_days: number;
  updated_by: string | null;
  updated_at: Date;
  last_purge_at: Date | null;
  last_purge_count: number;
  chosen_purges: string[];
}

export interface ReflectionSessionRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  title: string;
  method_id: string;
  method_version: number;
  method_snapshot: unknown;
  case_id: string | null;
  lens_ids: string[];
  scheduled_at: Date;
  duration_minutes: number;
  place: string;
  moderator_id: string;
  status: 'planned' | 'live' | 'closed' | 'cancelled';
  current_phase_index: number;
  timer_phase_id: string | null;
  timer_duration_seconds: number;
  timer_started_at: Date | null;
  timer_remaining_seconds: number;
  vote_budget: number;
  one_screen: boolean;
  version: string;
  started_at: Date | null;
  ended_at: Date | null;
  report_approved_at: Date | null;
  report_approved_by: string | null;
  created_by: string | null;
  created_at: Date;
  revealed_phase_ids: string[];
  closed_phase_ids: string[];
  entry_count: number;
  rules_version: string;
}

export interface ResidentRegisterRow {
  id: string;
  organisation_id: string;
  pseudonym: string;
  watch_names: string[];
  created_at: Date;
}

export interface SessionCommandReceiptRow {
  session_id: string;
  person_id: string;
  client_key: string;
  organisation_id: string;
  version: string;
  created_id: string | null;
  created_at: Date;
}

export interface SessionEntryRow {
  id: string;
  organisation_id: string;
  session_id: string;
  phase_id: string;
  kind: 'contribution' | 'question' | 'option';
  body: string;
  author_id: string | null;
  anonymous: boolean;
  for_room: boolean;
  client_key: string;
  group_id: string | null;
  created_at: Date;
  edited_at: Date | null;
  flagged: boolean;
  receipt_version: string | null;
}

export interface SessionGroupRow {
  id: string;
  organisation_id: string;
  session_id: string;
  phase_id: string;
  label: string;
  created_at: Date;
}

export interface SessionParticipantRow {
  session_id: string;
  person_id: string;
  organisation_id: string;
  role: 'moderator' | 'participant';
  ready_phase_id: string | null;
  invited_at: Date;
}

export interface SessionTagRow {
  id: string;
  organisation_id: string;
  session_id: string;
  phase_id: string;
  entry_id: string;
  item_id: string;
  direction: 'visible_strength' | 'under_pressure' | 'open_question';
  framework_version: string;
  tagged_by: string | null;
  created_at: Date;
}

export interface SessionVoteRow {
  id: string;
  organisation_id: string;
  session_id: string;
  phase_id: string;
  entry_id: string;
  voter_id: string | null;
  count: number;
}

export interface SocketIoAttachmentsRow {
  id: string;
  created_at: Date | null;
  payload: Buffer | null;
}

export interface StoryRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  author_id: string | null;
  title: string;
  body: string;
  value_ids: string[];
  revision: number;
  storyteller_person_id: string | null;
  storyteller_name: string;
  storyteller_email: string | null;
  storyteller_language: string;
  token_hash: string | null;
  link_expires_at: Date | null;
  link_revoked_at: Date | null;
  check_status: 'draft' | 'with_storyteller' | 'changes_requested' | 'approved';
  approved_revision: number | null;
  approved_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface StoryCommentRow {
  id: string;
  organisation_id: string;
  story_id: string;
  revision: number;
  from_storyteller: boolean;
  author_id: string | null;
  body: string;
  created_at: Date;
}

export interface StoryConsentRow {
  id: string;
  organisation_id: string;
  story_id: string;
  audience: 'team' | 'organisation' | 'network' | 'public';
  given_via: 'account' | 'link';
  given_at: Date;
  withdrawn_at: Date | null;
}

export interface TeamRow {
  id: string;
  organisation_id: string;
  location_id: string | null;
  name: string;
  created_at: Date;
}

export interface ThrottleCounterRow {
  rule: string;
  key: string;
  window_start: Date;
  hits: number;
}

export interface VisitProposalRow {
  id: string;
  network_id: string;
  round_id: string;
  explanation: unknown;
  status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  decided_at: Date | null;
  created_at: Date;
}

export interface VisitProposalMemberRow {
  proposal_id: string;
  organisation_id: string;
  network_id: string;
  position: number;
  response: 'accepted' | 'declined' | null;
  responded_by: string | null;
  responded_at: Date | null;
}

/** Every table by name. */
export interface Tables {
  audit_event: AuditEventRow;
  auth_session: AuthSessionRow;
  calendar_feed: CalendarFeedRow;
  case_chapter: CaseChapterRow;
  case_consent: CaseConsentRow;
  case_file: CaseFileRow;
  custom_method: CustomMethodRow;
  entrepreneur_checkin_note: EntrepreneurCheckinNoteRow;
  erased_member: ErasedMemberRow;
  escalation_prompt: EscalationPromptRow;
  harvest_draft: HarvestDraftRow;
  harvest_item: HarvestItemRow;
  invitation: InvitationRow;
  learning_network: LearningNetworkRow;
  library_item: LibraryItemRow;
  location: LocationRow;
  matching_round: MatchingRoundRow;
  membership: MembershipRow;
  mirror_command_receipt: MirrorCommandReceiptRow;
  mirror_consent: MirrorConsentRow;
  mirror_conversation: MirrorConversationRow;
  mirror_harvest_theme: MirrorHarvestThemeRow;
  mirror_learning_wish: MirrorLearningWishRow;
  mirror_letter: MirrorLetterRow;
  mirror_listener: MirrorListenerRow;
  mirror_listener_note: MirrorListenerNoteRow;
  mirror_participant: MirrorParticipantRow;
  mirror_question: MirrorQuestionRow;
  mirror_statement: MirrorStatementRow;
  mirror_theme_answer: MirrorThemeAnswerRow;
  network_invitation: NetworkInvitationRow;
  network_lens_proposal: NetworkLensProposalRow;
  network_lens_version: NetworkLensVersionRow;
  notification: NotificationRow;
  organisation: OrganisationRow;
  outbox_mail: OutboxMailRow;
  password_reset: PasswordResetRow;
  peer_visit: PeerVisitRow;
  peer_visit_member: PeerVisitMemberRow;
  peer_visit_mirror_response: PeerVisitMirrorResponseRow;
  peer_visit_note: PeerVisitNoteRow;
  peer_visit_note_conflict: PeerVisitNoteConflictRow;
  peer_visit_note_receipt: PeerVisitNoteReceiptRow;
  peer_visit_practice: PeerVisitPracticeRow;
  person: PersonRow;
  practice: PracticeRow;
  practice_review: PracticeReviewRow;
  privacy_setting: PrivacySettingRow;
  reflection_session: ReflectionSessionRow;
  resident_register: ResidentRegisterRow;
  session_command_receipt: SessionCommandReceiptRow;
  session_entry: SessionEntryRow;
  session_group: SessionGroupRow;
  session_participant: SessionParticipantRow;
  session_tag: SessionTagRow;
  session_vote: SessionVoteRow;
  socket_io_attachments: SocketIoAttachmentsRow;
  story: StoryRow;
  story_comment: StoryCommentRow;
  story_consent: StoryConsentRow;
  team: TeamRow;
  throttle_counter: ThrottleCounterRow;
  visit_proposal: VisitProposalRow;
  visit_proposal_member: VisitProposalMemberRow;
}
