import { ReaderRole, seesStoryteller, STORY_AUDIENCES, STORY_RULE, StoryAudience, storyReaches, viewFor } from '@kring/domain';
import { StorySummaryDto } from './dtos/story.dto';
import { PersonRow, StoryCommentRow, StoryRow as StoredStory } from '../../engine/database/tables.generated';
import { namedRef } from '../../engine/graphql/named-ref';

/** A story row with the names and consents a screen shows; `audiences` are the active consents. */
export type StoryRow = StoredStory & {
  team_name: string | null;
  author_name: string | null;
  storyteller_person_name: string | null;
  audiences: StoryAudience[];
};

export const STORY_SELECT = `SELECT s.*, t.name AS team_name, a.display_name AS author_name, sp.display_name AS storyteller_person_name,
    (SELECT coalesce(array_agg(sc.audience), '{}') FROM story_consent sc WHERE sc.story_id = s.id AND sc.withdrawn_at IS NULL) AS audiences
  FROM story s LEFT JOIN team t ON t.id = s.team_id LEFT JOIN person a ON a.id = s.author_id LEFT JOIN person sp ON sp.id = s.storyteller_person_id`;

export const COMMENT_SELECT = `SELECT c.id, c.body, c.from_storyteller AS "fromStoryteller", p.display_name AS "authorName", c.revision, c.created_at AS "createdAt"
  FROM story_comment c LEFT JOIN person p ON p.id = c.author_id`;
/** A remark as COMMENT_SELECT reads it: already in the screen's names. */
export type CommentRow = Pick<StoryCommentRow, 'id' | 'body' | 'revision'> & {
  fromStoryteller: StoryCommentRow['from_storyteller'];
  authorName: PersonRow['display_name'] | null;
  createdAt: StoryCommentRow['created_at'];
};

/** The people a story may reach besides its writer and teller: the viewer and the teams they are in. */
export interface StoryReader {
  personId: string;
  teamIds: readonly string[];
}

function checkState(row: StoryRow) {
  return { revision: row.revision, approvedRevision: row.approved_revision, activeAudiences: row.audiences };
}

/**
 * Who reads a story: STORY_RULE in @kring/domain decides, from the reader's
 * roles towards this story. Every reader here is a member of the story's
 * organisation (the policy guard checked it); the network reads stories only
 * through the library, never here.
 */
export function canReadStory(row: StoryRow, reader: StoryReader): boolean {
  const roles: ReaderRole[] = ['other_team'];
  if (row.author_id === reader.personId) roles.push('writer');
  if (row.storyteller_person_id === reader.personId) roles.push('storyteller');
  if (row.team_id !== null && reader.teamIds.includes(row.team_id)) roles.push('team_member');
  return viewFor(STORY_RULE, checkState(row), roles) === 'full';
}

export function storytellerName(row: StoryRow): string {
  return row.storyteller_person_name ?? row.storyteller_name;
}

/** A link works while it is not revoked and not expired. */
export function linkWorks(row: StoryRow): boolean {
  return row.token_hash !== null && row.link_revoked_at === null && row.link_expires_at !== null && row.link_expires_at > new Date();
}

export function toSummary(row: StoryRow, viewerId: string): StorySummaryDto {
  const audiences = STORY_AUDIENCES.filter((a) => row.audiences.includes(a));
  const isAuthor = row.author_id === viewerId;
  const isTeller = row.storyteller_person_id === viewerId;
  const roles: ReaderRole[] = [...(isAuthor ? (['writer'] as const) : []), ...(isTeller ? (['storyteller'] as const) : [])];
  return {
    id: row.id,
    title: row.title,
    team: namedRef(row.team_id, row.team_name),
    storyteller: {
      name: seesStoryteller(roles) ? storytellerName(row) : null,
      hasAccount: row.storyteller_person_id !== null,
      email: isAuthor ? row.storyteller_email : null,
      linkExpiresAt: seesStoryteller(roles) && linkWorks(row) ? row.link_expires_at : null,
    },
    checkStatus: row.check_status,
    revision: row.revision,
    audiences,
    reaches: audiences.filter((a) => storyReaches(checkState(row), a)),
    viewerIsAuthor: isAuthor,
    viewerIsStoryteller: isTeller,
    updatedAt: row.updated_at,
  };
}
