import { UserError } from '../../../engine/graphql/user-error';

/** Who a new story's storyteller is, as the writer gave it. */
interface StorytellerChoice {
  storytellerPersonId?: string | null;
  storytellerName?: string | null;
  storytellerEmail?: string | null;
}

/**
 * Checks the storyteller of a new story on what the input says alone: exactly
 * one of a member (by id) or a name; never the writer; and for a name an
 * address, because the member check reaches the storyteller alone
 * (STORY_CHECK_DELIVERY_SENTENCE). Returns the trimmed name, or null for a member.
 * Whether the address is the writer's own or the member belongs here needs the database.
 */
export function storytellerByName(choice: StorytellerChoice, writerId: string): string | null {
  const byName = choice.storytellerName?.trim() || null;
  if ((choice.storytellerPersonId ? 1 : 0) + (byName ? 1 : 0) !== 1) throw new UserError('STORY_STORYTELLER_REQUIRED');
  if (choice.storytellerPersonId === writerId) throw new UserError('STORY_STORYTELLER_IS_WRITER');
  if (byName && !choice.storytellerEmail)
    throw new UserError('STORY_STORYTELLER_EMAIL_REQUIRED', {}, [{ field: 'storytellerEmail', rule: 'required' }]);
  return byName;
}
