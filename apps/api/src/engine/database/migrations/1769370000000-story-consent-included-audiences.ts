import { STORY_AUDIENCES, withIncludedAudiences } from '@kring/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A storyteller's consent for an audience is stored with every audience it
 * includes (withIncludedAudiences in @kring/domain: everyone includes the
 * team, the organisation and the network; the organisation its team), so
 * every reader finds the consent it asks for. Stories answered before that
 * rule have, say, consent for everyone without a row for the team: their own
 * colleagues could not read what the whole world may. This adds the missing
 * active rows, given when and how the wider consent was given, except where
 * the storyteller withdrew that audience themselves. The pairs come
 * from the domain's rule itself, so this cannot say anything else than the
 * storyteller's page and MemberCheckService.
 */
export class StoryConsentIncludedAudiences1769370000000 implements MigrationInterface {
  name = 'StoryConsentIncludedAudiences1769370000000';

  async up(q: QueryRunner): Promise<void> {
    const pairs = includedPairs();
    const values = pairs.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
    // One row per story and included audience (everyone and the organisation both include the team): the earliest grant.
    await q.query(
      `INSERT INTO story_consent (organisation_id, story_id, audience, given_via, given_at)
       SELECT DISTINCT ON (sc.story_id, pair.included) sc.organisation_id, sc.story_id, pair.included, sc.given_via, sc.given_at
       FROM story_consent sc JOIN (VALUES ${values}) AS pair (given, included) ON pair.given = sc.audience
       WHERE sc.withdrawn_at IS NULL
         AND NOT EXISTS (
           SELECT 1 FROM story_consent have WHERE have.story_id = sc.story_id AND have.audience = pair.included AND have.withdrawn_at IS NULL)
         -- Never back what the storyteller took away: an audience withdrawn on the old screens stays withdrawn.
         AND NOT EXISTS (
           SELECT 1 FROM story_consent gone WHERE gone.story_id = sc.story_id AND gone.audience = pair.included AND gone.withdrawn_at IS NOT NULL)
       ORDER BY sc.story_id, pair.included, sc.given_at`,
      pairs.flat(),
    );
  }

  /**
   * Nothing to undo: the added rows are the consent the storyteller's answer
   * includes, stored as every answer since is, and cannot be told apart from
   * those; taking them away again would take away consent given since.
   */
  async down(): Promise<void> {}
}

/** [given, included] for every audience and each other audience its consent includes, by the domain's rule. */
function includedPairs(): [string, string][] {
  return STORY_AUDIENCES.flatMap((given) =>
    withIncludedAudiences([given])
      .filter((included) => included !== given)
      .map((included): [string, string] => [given, included]),
  );
}
