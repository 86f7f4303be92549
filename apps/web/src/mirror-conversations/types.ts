import type { MirrorConversationPartsFragment } from '../graphql/generated';

export type Conversation = MirrorConversationPartsFragment;

/** Every part of the conversation page gets the conversation and a way to show what changed. */
export interface ConversationSectionProps {
  conversation: Conversation;
  onChanged: () => void;
}
