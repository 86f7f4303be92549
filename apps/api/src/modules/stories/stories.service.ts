import { isLanguage, LEARNING_OVERVIEW_ROLES, remarkAllowed, typedPersonNames } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { hashToken, newToken } from '../../engine/auth/tokens';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { memberNow } from '../../engine/database/membership-sql';
import { UserError } from '../../engine/graphql/user-error';
import { requireOwnTeam } from '../../engine/policy/own-team';
import { mayChooseTeam } from '../../engine/policy/team-choice';
import { MailService } from '../../engine/mail/mail.service';
import { ContentGuardService } from '../../engine/privacy/content-guard.service';
import { StoryDto, StorySentDto, StorySummaryDto } from './dtos/story.dto';
import {
  CommentOnStoryInput,
  CreateStoryInput,
  SendStoryForCheckInput,
  SetStorytellerEmailInput,
  UpdateStoryInput,
} from './dtos/story.inputs';
import { storyCheckMail, STORYTELLER_PAGE_PATH } from './story-mail';
import { storytellerByName } from './utils/storyteller-by-name';
import { canReadStory, COMMENT_SELECT, CommentRow, STORY_SELECT, StoryReader, StoryRow, toSummary } from './story-rows';
import type { OrganisationRow, PersonRow, StoryRow as StoredStory, TeamRow } from '../../engine/database/tables.generated';
import { namedRef } from '../../engine/graphql/named-ref';
import { organisationIdsOf, teamIdsIn } from '../../engine/auth/viewer-memberships';
import { answersOf } from '../../engine/privacy/utils/answers-of';

/**
 * Stories (verhalen) as their writer works on them: written with the
 * identifying-details guard, laid before the storyteller (in Kring, or
 * through a personal link when they have no account), changed after their
 * remarks. Who reads a story is canReadStory; the storyteller's side of the
 * member check is MemberCheckService.
 */
@Injectable()
export class StoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly guard: ContentGuardService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async list(viewer: Viewer, access: TenantAccess, teamId?: string | null): Promise<StorySummaryDto[]> {
    await requireOwnTeam(this.db.manager, access.organisationId, teamId);
    const rows: StoryRow[] = await this.db.query(
      `${STORY_SELECT} WHERE s.organisation_id = $1 AND ($2::uuid IS NULL OR s.team_id = $2) ORDER BY s.updated_at DESC`,
      [access.organisationId, teamId ?? null],
    );
    const reader = readerOf(viewer, access);
    return rows.filter((row) => canReadStory(row, reader)).map((row) => toSummary(row, viewer.personId));
  }

  /** Reading someone else's story is recorded in the audit log (who read what, never the content). */
  async read(viewer: Viewer, access: TenantAccess, storyId: string): Promise<StoryDto> {
    const row = await this.readable(viewer, access, storyId);
    if (row.author_id !== viewer.personId && row.storyteller_person_id !== viewer.personId) {
      await this.audit.recordOn('story_read', actorIn(access, viewer), { type: 'story', id: storyId });
    }
    return this.storyDto(row, viewer.personId);
  }

  async create(viewer: Viewer, access: TenantAccess, input: CreateStoryInput): Promise<StoryDto> {
    // The member check reaches the storyteller alone (STORY_CHECK_DELIVERY_SENTENCE): by their account, or by a mail to their own address.
    const byName = storytellerByName(input, viewer.personId);
    const storyId = await this.db.transaction(async (manager) => {
      const teamId = await this.ownTeam(viewer, access, input.teamId, manager);
      if (byName) {
        const [own] = await manager.query<unknown[]>(`SELECT 1 FROM person WHERE id = $1 AND lower(email) = lower($2)`, [
          viewer.personId,
          input.storytellerEmail,
        ]);
        if (own) throw new UserError('STORY_STORYTELLER_IS_WRITER', {}, [{ field: 'storytellerEmail', rule: 'invalid' }]);
      }
      if (input.storytellerPersonId) {
        if (!(await memberNow(manager, input.storytellerPersonId, access.organisationId)))
          throw new UserError('STORY_STORYTELLER_NOT_MEMBER');
      }
      const confirmed = await this.checkTexts(viewer, access, input, byName, manager);
      const [{ id }] = await manager.query<Pick<StoredStory, 'id'>[]>(
        `INSERT INTO story (organisation_id, team_id, author_id, title, body, value_ids, storyteller_person_id, storyteller_name, storyteller_email, storyteller_language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          access.organisationId,
          teamId,
          viewer.personId,
          input.title,
          input.body,
          input.valueIds,
          input.storytellerPersonId ?? null,
          byName ?? '',
          byName ? (input.storytellerEmail ?? null) : null,
          input.storytellerLanguage,
        ],
      );
      await this.audit.recordConfirmation(confirmed, actorIn(access, viewer), { type: 'story', id }, manager);
      return id;
    });
    return this.read(viewer, access, storyId);
  }

  /**
   * A change of title or text is a new version: the storyteller's approval
   * was for the old one, so the story is back with its writer until the
   * storyteller approves again, and reaches no one else meanwhile.
   */
  async update(viewer: Viewer, access: TenantAccess, input: UpdateStoryInput): Promise<StoryDto> {
    await this.db.transaction(async (manager) => {
      const row = await this.ownStory(viewer, access, input.storyId, manager);
      const confirmed = await this.checkTexts(viewer, access, input, row.storyteller_name, manager);
      const changed = input.title !== row.title || input.body !== row.body;
      await manager.query(
        `UPDATE story SET title = $2, body = $3, value_ids = $4, updated_at = now(),
           revision = revision + CASE WHEN $5 THEN 1 ELSE 0 END, check_status = CASE WHEN $5 THEN 'draft' ELSE check_status END
         WHERE id = $1`,
        [row.id, input.title, input.body, input.valueIds, changed],
      );
      await this.audit.recordConfirmation(confirmed, actorIn(access, viewer), { type: 'story', id: row.id }, manager);
    });
    return this.read(viewer, access, input.storyId);
  }

  /**
   * Lays the story before its teller. A storyteller with an account finds it
   * in Kring (and gets an e-mail saying so); anyone else gets a new personal
   * link by e-mail — to them alone: the writer never sees it, so only the
   * storyteller can approve and consent — and an earlier link stops working.
   */
  async sendForCheck(viewer: Viewer, access: TenantAccess, input: SendStoryForCheckInput): Promise<StorySentDto> {
    const token = newToken();
    const row = await this.db.transaction(async (manager) => {
      const story = await this.ownStory(viewer, access, input.storyId, manager);
      if (story.storyteller_person_id === null && !story.storyteller_email) throw new UserError('STORY_STORYTELLER_EMAIL_REQUIRED');
      // A colleague who has since left the organisation is told nothing of it (neither the story nor its title by mail).
      if (story.storyteller_person_id !== null && !(await memberNow(manager, story.storyteller_person_id, access.organisationId)))
        throw new UserError('STORY_STORYTELLER_LEFT');
      await manager.query(
        `UPDATE story SET check_status = 'with_storyteller', updated_at = now(),
           token_hash = CASE WHEN storyteller_person_id IS NULL THEN $2 END,
           link_expires_at = CASE WHEN storyteller_person_id IS NULL THEN now() + make_interval(days => $3) END,
           link_revoked_at = NULL
         WHERE id = $1`,
        [story.id, hashToken(token), input.validDays],
      );
      await this.audit.recordOn('story_sent_for_check', actorIn(access, viewer), { type: 'story', id: story.id }, manager);
      return story;
    });
    const guest = row.storyteller_person_id === null;
    const link = guest ? this.mail.link(`${STORYTELLER_PAGE_PATH}/${token}`) : this.mail.link(`/verhalen/${row.id}`);
    const emailed = await this.mailStoryteller(row, link, guest ? input.validDays : null);
    return { story: await this.read(viewer, access, row.id), emailed };
  }

  /**
   * A storyteller without an account gets the member check only at their own
   * address (STORY_CHECK_DELIVERY_SENTENCE), so the writer can add it later
   * or correct it. A link already sent went to the old address: it stops
   * working, and the writer lays the story before the storyteller again.
   */
  async setStorytellerEmail(viewer: Viewer, access: TenantAccess, input: SetStorytellerEmailInput): Promise<StoryDto> {
    await this.db.transaction(async (manager) => {
      const row = await this.ownStory(viewer, access, input.storyId, manager);
      if (row.storyteller_person_id !== null) throw new UserError('STORY_STORYTELLER_HAS_ACCOUNT');
      const [own] = await manager.query<unknown[]>(`SELECT 1 FROM person WHERE id = $1 AND lower(email) = lower($2)`, [
        viewer.personId,
        input.email,
      ]);
      if (own) throw new UserError('STORY_STORYTELLER_IS_WRITER', {}, [{ field: 'email', rule: 'invalid' }]);
      if (row.storyteller_email === input.email) return;
      await manager.query(
        `UPDATE story SET storyteller_email = $2, updated_at = now(),
           link_revoked_at = CASE WHEN token_hash IS NOT NULL AND link_revoked_at IS NULL THEN now() ELSE link_revoked_at END
         WHERE id = $1`,
        [row.id, input.email],
      );
      await this.audit.recordOn('story_storyteller_email_changed', actorIn(access, viewer), { type: 'story', id: row.id }, manager);
    });
    return this.read(viewer, access, input.storyId);
  }

  /** The personal link stops working at once; the story and its consents stay. */
  async revokeLink(viewer: Viewer, access: TenantAccess, storyId: string): Promise<StoryDto> {
    await this.db.transaction(async (manager) => {
      const row = await this.ownStory(viewer, access, storyId, manager);
      await manager.query(`UPDATE story SET link_revoked_at = now() WHERE id = $1 AND token_hash IS NOT NULL AND link_revoked_at IS NULL`, [
        row.id,
      ]);
      await this.audit.recordOn('story_link_revoked', actorIn(access, viewer), { type: 'story', id: row.id }, manager);
    });
    return this.read(viewer, access, storyId);
  }

  /** A remark in the member check, by the writer or by a storyteller with an account. */
  async comment(viewer: Viewer, access: TenantAccess, input: CommentOnStoryInput): Promise<StoryDto> {
    await this.db.transaction(async (manager) => {
      const row = await this.readable(viewer, access, input.storyId, manager, true);
      const teller = row.storyteller_person_id === viewer.personId;
      if (!teller && row.author_id !== viewer.personId) throw new UserError('STORY_AUTHOR_ONLY');
      if (!remarkAllowed({ revision: row.revision, approvedRevision: row.approved_revision }, null))
        throw new UserError('STORY_CHECK_DONE');
      await manager.query(
        `INSERT INTO story_comment (organisation_id, story_id, revision, from_storyteller, author_id, body) VALUES ($1, $2, $3, $4, $5, $6)`,
        [access.organisationId, row.id, row.revision, teller, viewer.personId, input.body],
      );
    });
    return this.read(viewer, access, input.storyId);
  }

  /** The story if the viewer may read it, else NOT_FOUND; `lock` keeps it locked for the transaction. */
  async readable(
    viewer: Viewer,
    access: TenantAccess,
    storyId: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<StoryRow> {
    if (lock)
      await manager.query(`SELECT id FROM story WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [storyId, access.organisationId]);
    const [row]: StoryRow[] = await manager.query(`${STORY_SELECT} WHERE s.id = $1 AND s.organisation_id = $2`, [
      storyId,
      access.organisationId,
    ]);
    if (!row || !canReadStory(row, readerOf(viewer, access))) throw new UserError('NOT_FOUND');
    return row;
  }

  async storyDto(row: StoryRow, viewerId: string, manager: EntityManager = this.db.manager): Promise<StoryDto> {
    const summary = toSummary(row, viewerId);
    // The member check's remarks are between the writer and the teller, and name the teller (seesStoryteller).
    const inCheck = summary.viewerIsAuthor || summary.viewerIsStoryteller;
    const comments = inCheck
      ? await manager.query<CommentRow[]>(`${COMMENT_SELECT} WHERE c.story_id = $1 ORDER BY c.created_at, c.id`, [row.id])
      : [];
    return {
      ...summary,
      organisationId: row.organisation_id,
      body: row.body,
      valueIds: row.value_ids,
      author: namedRef(row.author_id, row.author_name),
      approvedRevision: row.approved_revision,
      approvedAt: row.approved_at,
      comments,
      createdAt: row.created_at,
    };
  }

  /** Only the writer changes a story or lays it before the storyteller. */
  private async ownStory(viewer: Viewer, access: TenantAccess, storyId: string, manager: EntityManager): Promise<StoryRow> {
    const row = await this.readable(viewer, access, storyId, manager, true);
    if (row.author_id !== viewer.personId) throw new UserError('STORY_AUTHOR_ONLY');
    return row;
  }

  /**
   * One of the organisation's teams (else NOT_FOUND); members of other teams write in their own team's name only.
   * A story belongs to the team that wrote it down (its first audience), so none chosen is refused next to the
   * choice, plainly: in a new organisation without teams, that one has to be made first.
   */
  private async ownTeam(viewer: Viewer, access: TenantAccess, teamId: string | null | undefined, manager: EntityManager): Promise<string> {
    if (!teamId) {
      const [any] = await manager.query<unknown[]>(`SELECT 1 FROM team WHERE organisation_id = $1 LIMIT 1`, [access.organisationId]);
      throw new UserError(any ? 'STORY_TEAM_REQUIRED' : 'STORY_NEEDS_TEAM', {}, [{ field: 'teamId', rule: 'invalid' }]);
    }
    const [team] = await manager.query<Pick<TeamRow, 'id'>[]>(`SELECT id FROM team WHERE id = $1 AND organisation_id = $2`, [
      teamId,
      access.organisationId,
    ]);
    if (!team) throw new UserError('NOT_FOUND');
    if (!mayChooseTeam(viewer, access, teamId, LEARNING_OVERVIEW_ROLES)) throw new UserError('NOT_YOUR_TEAM');
    return teamId;
  }

  /**
   * The content guard once more over title and text, now also with the
   * storyteller's own name ("Kring let erop dat deze naam niet in het verhaal
   * staat"), which only this story knows; a storyteller who is a member is
   * among the organisation's names already. The story form checks for that
   * name while the writer types (alsoPerson), so "Ik heb dit gecontroleerd"
   * covers it like the colleagues' names. Returns how many findings were confirmed.
   */
  private async checkTexts(
    viewer: Viewer,
    access: TenantAccess,
    input: { title: string; body: string; acknowledgeWarnings: boolean; acknowledgedFindings?: string[] | null },
    storytellerName: string | null,
    manager: EntityManager,
  ): Promise<number> {
    const texts = [
      { field: 'title', text: input.title, pseudonym: false },
      { field: 'body', text: input.body, pseudonym: false },
    ];
    const storyteller = typedPersonNames(storytellerName);
    return (
      await this.guard.require([access.organisationId], texts, answersOf(input), viewer.preferredLanguage, {
        manager,
        extraPeople: storyteller,
        device: { scope: organisationIdsOf(viewer), extraPeople: storyteller },
      })
    ).length;
  }

  /** E-mails the storyteller when an address is known; returns whether it did. */
  private async mailStoryteller(row: StoryRow, link: string, validDays: number | null): Promise<boolean> {
    // The storyteller's address and language: from their account, else as the writer gave them (either may be missing).
    const [facts] = await this.db.query<
      { organisation_name: OrganisationRow['name']; email: PersonRow['email'] | null; language: PersonRow['preferred_language'] | null }[]
    >(
      `SELECT o.name AS organisation_name, coalesce(p.email, s.storyteller_email) AS email, coalesce(p.preferred_language, s.storyteller_language) AS language
       FROM story s JOIN organisation o ON o.id = s.organisation_id LEFT JOIN person p ON p.id = s.storyteller_person_id WHERE s.id = $1`,
      [row.id],
    );
    if (!facts?.email) return false;
    await this.mail.send(
      storyCheckMail({
        to: facts.email,
        organisationName: facts.organisation_name,
        writerName: row.author_name ?? '',
        title: row.title,
        link,
        validDays,
        language: isLanguage(facts.language) ? facts.language : 'nl',
      }),
    );
    return true;
  }
}

function readerOf(viewer: Viewer, access: TenantAccess): StoryReader {
  return {
    personId: viewer.personId,
    teamIds: teamIdsIn(viewer, access.organisationId),
  };
}
