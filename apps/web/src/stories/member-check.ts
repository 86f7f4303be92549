import { type StoryCheckStatus, type StoryDecision } from '@kring/domain';

interface CheckedVersion {
  revision: number;
  approvedRevision: number | null;
  checkStatus: StoryCheckStatus;
}

/** What the storyteller decided on the version they read, as it is stored: the form starts from it and shows it. */
export function storedDecision(story: CheckedVersion): StoryDecision | '' {
  if (story.approvedRevision === story.revision) return 'approve';
  return story.checkStatus === 'changes_requested' ? 'request_changes' : '';
}

/**
 * The decision an answer sends: only a change of what is stored. Saving again (a new choice of readers) must not
 * approve anew: that would date the approval again and wipe the remarks of a check that was already done.
 */
export function decisionToSend(chosen: StoryDecision | '', stored: StoryDecision | ''): StoryDecision | null {
  return chosen && chosen !== stored ? chosen : null;
}
