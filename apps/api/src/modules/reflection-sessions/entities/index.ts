import { HarvestItem } from './harvest-item.entity';
import { Practice } from './practice.entity';
import { PracticeReview } from './practice-review.entity';
import { ReflectionSession } from './reflection-session.entity';
import { SessionCommandReceipt } from './session-command-receipt.entity';
import { SessionEntry } from './session-entry.entity';
import { SessionGroup } from './session-group.entity';
import { SessionParticipant } from './session-participant.entity';
import { SessionTag } from './session-tag.entity';
import { SessionVote } from './session-vote.entity';

/** The module's tables, registered once in engine/database/entities.ts. */
export const REFLECTION_SESSION_ENTITIES = [
  ReflectionSession,
  SessionParticipant,
  SessionGroup,
  SessionEntry,
  SessionVote,
  SessionTag,
  SessionCommandReceipt,
  HarvestItem,
  Practice,
  PracticeReview,
];
