import { AuditAction, remarkAllowed, STORY_AUDIENCES, StoryAudience, typedPersonNames, withIncludedAudiences } from '@kring/domain';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { RetentionPurgeService } from '../../engine/retention/retention-purge.service';
import { KringRequest, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import { LinkVisitors } from '../../engine/privacy/link-visitors';
import { TokenLinks } from '../../engine/throttle/token-links';
import { StoryDto, StoryForStorytellerDto } from './dtos/story.dto';
import { AnswerStoryCheckByLinkInput, AnswerStoryCheckInput } from './dtos/story.inputs';
import { StoriesService } from './stories.service';
import { COMMENT_SELECT, CommentRow, linkWorks, STORY_SELECT, StoryRow, storytellerName } from './story-rows';
import type { OrganisationRow } from '../../engine/database/tables.generated';

type Answer = Pick<AnswerStoryCheckInput, 'revision' | 'comment' | 'decision' | 'audiences'>;

/** Who answers: a storyteller with an account, or one through their personal link. */
interface Answerer {
  personId: string | null;
  via: 'account' | 'link';
}

/**
 * The storyteller's side of the member check (domain guide §7): they read
 * the story, make remarks, approve the version they read or ask for changes,
 * and give or withdraw consent for each audience on its own — at any time,
 * also long after approving. A withdrawal takes effect at the next read
 * everywhere, the library included, because every reader checks consent as
 * it is then.
 */
@Injectable()
export class MemberCheckService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stories: StoriesService,
    private readonly links: TokenLinks,
    private readonly audit: AuditService,
    private readonly purges: RetentionPurgeService,
    private readonly visitors: LinkVisitors,
  ) {}

  /** The storyteller's remarks on their link page: checked against their own name, an escalation points to the organisation's procedure. */
  onModuleInit(): void {
    this.visitors.register('answerStoryCheckByLink', async (token, req) => {
      const row = await this.open(token, req);
      return { organisationId: row.organisation_id, storyId: row.id, extraPeople: typedPersonNames(storytellerName(row)) };
    });
  }

  /** A storyteller with an account, in Kring. */
  async answer(viewer: Viewer, access: TenantAccess, input: AnswerStoryCheckInput): Promise<StoryDto> {
    await this.db.transaction(async (manager) => {
      const row = await this.stories.readable(viewer, access, input.storyId, manager, true);
      if (row.storyteller_person_id !== viewer.personId) throw new UserError('STORY_STORYTELLER_ONLY');
      await this.apply(manager, row, input, { personId: viewer.personId, via: 'account' });
    });
    return this.stories.read(viewer, access, input.storyId);
  }

  /** What the personal link opens. */
  async forStoryteller(token: string, req: KringRequest): Promise<StoryForStorytellerDto> {
    const row = await this.open(token, req);
    return this.view(row);
  }

  async answerByLink(input: AnswerStoryCheckByLinkInput, req: KringRequest): Promise<StoryForStorytellerDto> {
    const opened = await this.open(input.token, req);
    const row = await this.db.transaction(async (manager) => {
      // Locked, and the link checked again: it may have been revoked since it was opened.
      await manager.query(`SELECT id FROM story WHERE id = $1 FOR UPDATE`, [opened.id]);
      const [locked]: StoryRow[] = await manager.query(`${STORY_SELECT} WHERE s.id = $1`, [opened.id]);
      if (!locked || locked.token_hash !== opened.token_hash || !linkWorks(locked)) throw new UserError('LINK_UNAVAILABLE');
      await this.apply(manager, locked, input, { personId: null, via: 'link' });
      return locked;
    });
    return this.view(await this.reload(row.id));
  }

  private async apply(manager: EntityManager, row: StoryRow, answer: Answer, by: Answerer): Promise<void> {
    if (answer.revision > row.revision || answer.revision < 1) throw new UserError('STORY_CHANGED', { revision: row.revision });
    if (answer.comment && !remarkAllowed({ revision: row.revision, approvedRevision: row.approved_revision }, answer.decision ?? null))
      throw new UserError('STORY_CHECK_DONE');
    if (answer.decision) {
      if (row.check_status === 'draft') throw new UserError('STORY_NOT_WITH_STORYTELLER');
      if (answer.revision !== row.revision) throw new UserError('STORY_CHANGED', { revision: row.revision });
      const approve = answer.decision === 'approve';
      await manager.query(
        `UPDATE story SET check_status = $2, approved_revision = $3, approved_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() END, updated_at = now() WHERE id = $1`,
        [row.id, approve ? 'approved' : 'changes_requested', approve ? row.revision : null],
      );
      await this.record(manager, row, by, approve ? 'story_approved_by_storyteller' : 'story_changes_requested');
    }
    if (answer.comment) {
      await manager.query(
        `INSERT INTO story_comment (organisation_id, story_id, revision, from_storyteller, author_id, body) VALUES ($1, $2, $3, true, $4, $5)`,
        [row.organisation_id, row.id, answer.revision, by.personId, answer.comment],
      );
    }
    await this.replaceConsent(manager, row, answer.audiences, by);
    // The check is done: its conversation (a last comment included) goes, the approved story stays.
    if (answer.decision === 'approve')
      await this.purges.onEvent(manager, 'story_approved', {
        organisationId: row.organisation_id,
        subjectId: row.id,
        personId: by.personId,
      });
  }

  /** Withdraws the consents left out and grants the new ones; unchanged ones keep their date. */
  private async replaceConsent(manager: EntityManager, row: StoryRow, chosen: readonly StoryAudience[], by: Answerer): Promise<void> {
    // Stored with what the choice includes (withIncludedAudiences), so every reader finds the consent it asks for.
    const wanted = withIncludedAudiences(chosen);
    const withdrawn = row.audiences.filter((a) => !wanted.includes(a));
    const granted = STORY_AUDIENCES.filter((a) => wanted.includes(a) && !row.audiences.includes(a));
    if (withdrawn.length === 0 && granted.length === 0) return;
    await manager.query(
      `UPDATE story_consent SET withdrawn_at = now() WHERE story_id = $1 AND withdrawn_at IS NULL AND audience = ANY($2)`,
      [row.id, withdrawn],
    );
    for (const audience of granted) {
      await manager.query(`INSERT INTO story_consent (organisation_id, story_id, audience, given_via) VALUES ($1, $2, $3, $4)`, [
        row.organisation_id,
        row.id,
        audience,
        by.via,
      ]);
    }
    await this.record(manager, row, by, 'story_consent_changed');
  }

  private record(manager: EntityManager, row: StoryRow, by: Answerer, action: AuditAction): Promise<void> {
    return this.audit.recordOn(
      action,
      { organisationId: row.organisation_id, personId: by.personId },
      { type: 'story', id: row.id },
      manager,
    );
  }

  /** Unknown, expired and revoked links all get the same LINK_UNAVAILABLE, and guessing is slowed down. */
  private open(token: string, req: KringRequest): Promise<StoryRow> {
    return this.links.open(token, req, async (tokenHash) => {
      const [row]: StoryRow[] = await this.db.query(`${STORY_SELECT} WHERE s.token_hash = $1`, [tokenHash]);
      return row && linkWorks(row) ? row : null;
    });
  }

  private async reload(storyId: string): Promise<StoryRow> {
    const [row]: StoryRow[] = await this.db.query(`${STORY_SELECT} WHERE s.id = $1`, [storyId]);
    return row;
  }

  private async view(row: StoryRow): Promise<StoryForStorytellerDto> {
    const [[organisation], comments] = await Promise.all([
      this.db.query<Pick<OrganisationRow, 'name'>[]>(`SELECT name FROM organisation WHERE id = $1`, [row.organisation_id]),
      this.db.query<CommentRow[]>(`${COMMENT_SELECT} WHERE c.story_id = $1 ORDER BY c.created_at, c.id`, [row.id]),
    ]);
    return {
      title: row.title,
      body: row.body,
      revision: row.revision,
      checkStatus: row.check_status,
      canDecide: row.check_status !== 'draft',
      approvedRevision: row.approved_revision,
      audiences: STORY_AUDIENCES.filter((a) => row.audiences.includes(a)),
      comments,
      organisationName: organisation.name,
      writerName: row.author_name,
      language: row.storyteller_language,
      linkExpiresAt: row.link_expires_at as Date,
    };
  }
}
