import { Foundation1763800000000 } from './1763800000000-foundation';
import { Cases1763900000000 } from './1763900000000-cases';
import { Methods1763900001000 } from './1763900001000-methods';
import { ReflectionSessions1763900002000 } from './1763900002000-reflection-sessions';
import { MirrorConversations1763900003000 } from './1763900003000-mirror-conversations';
import { PeerVisits1763900004000 } from './1763900004000-peer-visits';
import { LearningOverTime1763900005000 } from './1763900005000-learning-over-time';
import { PrivacyAndCalendar1763900006000 } from './1763900006000-privacy-and-calendar';
import { AccessFollowsPerson1765200000000 } from './1765200000000-access-follows-person';
import { MirrorPlansThatChange1765500000000 } from './1765500000000-mirror-plans-that-change';
import { PurgeCounts1766100000000 } from './1766100000000-purge-counts';
import { ChosenPurges1766100001000 } from './1766100001000-chosen-purges';
import { ThrottleCounters1766400000000 } from './1766400000000-throttle-counters';
import { AuditViews1766500000000 } from './1766500000000-audit-views';
import { JobQueue1767400000000 } from './1767400000000-job-queue';
import { LiveFastPath1767800000000 } from './1767800000000-live-fast-path';
import { EscalationProcedure1766800000000 } from './1766800000000-escalation-procedure';
import { SessionEntryFlagged1767500000000 } from './1767500000000-session-entry-flagged';
import { CaseReadingFollowsSession1766200000000 } from './1766200000000-case-reading-follows-session';
import { PhaseDisclosure1767200000000 } from './1767200000000-phase-disclosure';

/** In order. A schema change is a new migration here, never `synchronize`. */
import { HarvestDrafts1767600000000 } from './1767600000000-harvest-drafts';
import { HarvestDraftFlagged1768200000000 } from './1768200000000-harvest-draft-flagged';
import { MirrorLiveCounts1768500000000 } from './1768500000000-mirror-live-counts';
import { LiveFastPathAllOrNothing1768500001000 } from './1768500001000-live-fast-path-all-or-nothing';
import { LiveRulesVersion1768900000000 } from './1768900000000-live-rules-version';
import { MirrorGuardNames1769200000000 } from './1769200000000-mirror-guard-names';
import { LiveRowsReferenceTheirSession1769330000000 } from './1769330000000-live-rows-reference-their-session';
import { LiveHotPathFiresNoTrigger1769330001000 } from './1769330001000-live-hot-path-fires-no-trigger';
import { SessionEntryIsItsOwnReceipt1769340000000 } from './1769340000000-session-entry-is-its-own-receipt';
import { AuditChange1769350000000 } from './1769350000000-audit-change';
import { HarvestDraftFollowsItsCard1769360000000 } from './1769360000000-harvest-draft-follows-its-card';
import { StoryConsentIncludedAudiences1769370000000 } from './1769370000000-story-consent-included-audiences';
import { TeamAndLocationNamesUnique1769380000000 } from './1769380000000-team-and-location-names-unique';
export const MIGRATIONS = [
  Foundation1763800000000,
  Cases1763900000000,
  Methods1763900001000,
  ReflectionSessions1763900002000,
  MirrorConversations1763900003000,
  PeerVisits1763900004000,
  LearningOverTime1763900005000,
  PrivacyAndCalendar1763900006000,
  AccessFollowsPerson1765200000000,
  MirrorPlansThatChange1765500000000,
  PurgeCounts1766100000000,
  ChosenPurges1766100001000,
  CaseReadingFollowsSession1766200000000,
  ThrottleCounters1766400000000,
  AuditViews1766500000000,
  EscalationProcedure1766800000000,
  PhaseDisclosure1767200000000,
  JobQueue1767400000000,
  SessionEntryFlagged1767500000000,
  HarvestDrafts1767600000000,
  LiveFastPath1767800000000,
  HarvestDraftFlagged1768200000000,
  MirrorLiveCounts1768500000000,
  LiveFastPathAllOrNothing1768500001000,
  LiveRulesVersion1768900000000,
  MirrorGuardNames1769200000000,
  LiveRowsReferenceTheirSession1769330000000,
  LiveHotPathFiresNoTrigger1769330001000,
  SessionEntryIsItsOwnReceipt1769340000000,
  AuditChange1769350000000,
  HarvestDraftFollowsItsCard1769360000000,
  StoryConsentIncludedAudiences1769370000000,
  TeamAndLocationNamesUnique1769380000000,
];
