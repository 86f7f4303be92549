import { MirrorCommandReceipt } from './mirror-command-receipt.entity';
import { MirrorConsent } from './mirror-consent.entity';
import { MirrorConversation } from './mirror-conversation.entity';
import { MirrorEscalationPrompt } from './mirror-escalation-prompt.entity';
import { MirrorHarvestTheme } from './mirror-harvest-theme.entity';
import { MirrorLearningWish } from './mirror-learning-wish.entity';
import { MirrorLetter } from './mirror-letter.entity';
import { MirrorListenerNote } from './mirror-listener-note.entity';
import { MirrorListener } from './mirror-listener.entity';
import { MirrorParticipant } from './mirror-participant.entity';
import { MirrorQuestion } from './mirror-question.entity';
import { MirrorStatement } from './mirror-statement.entity';
import { MirrorThemeAnswer } from './mirror-theme-answer.entity';

/** The module's tables, registered once in engine/database/entities.ts. */
export const MIRROR_CONVERSATION_ENTITIES = [
  MirrorConversation,
  MirrorListener,
  MirrorLearningWish,
  MirrorQuestion,
  MirrorParticipant,
  MirrorConsent,
  MirrorThemeAnswer,
  MirrorStatement,
  MirrorListenerNote,
  MirrorCommandReceipt,
  MirrorEscalationPrompt,
  MirrorHarvestTheme,
  MirrorLetter,
];
