import { todayInNetherlands } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { KringRequest, TenantAccess } from '../../engine/auth/viewer';
import {
  MirrorCommandsService,
  MirrorHarvestService,
  MirrorLetterService,
  MirrorParticipantsService,
  MirrorPlanningService,
  RelativePageService,
} from '../mirror-conversations';
import { daysFromNow, daysFromNowAt, DemoCast, Who } from './demo-cast';
import { DEMO_MIRROR_CONVERSATIONS, DEMO_MIRROR_IN_PREPARATION, DemoMirrorConversation } from './demo-mirror.data';

/**
 * A relative's page is reached through their personal link; the demo opens it
 * the same way (the link's token), from no particular address.
 */
const DEMO_VISITOR = { ip: 'demo', headers: {} } as KringRequest;

/** What planning needs of a conversation, held or still in preparation. */
type DemoMirrorPlan = Pick<DemoMirrorConversation, 'organisation' | 'team' | 'moderator' | 'listeners' | 'theme' | 'place' | 'questions'>;

/**
 * The demo's mirror conversations, through the same services as the screens:
 * planning, invitations, each relative answering on their own page (consent
 * and the belangrijk/ervaren answers), the moderator capturing statements
 * live, the harvest (approving it purges the raw notes), and the letter back.
 * Then everything moves to its day in the past.
 */
@Injectable()
export class DemoMirrorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly planning: MirrorPlanningService,
    private readonly participants: MirrorParticipantsService,
    private readonly relativePage: RelativePageService,
    private readonly commands: MirrorCommandsService,
    private readonly harvest: MirrorHarvestService,
    private readonly letters: MirrorLetterService,
  ) {}

  async fill(cast: DemoCast): Promise<void> {
    // Each conversation is its own organisation's (or its own row): written side by side, so loading stays quick.
    await Promise.all([...DEMO_MIRROR_CONVERSATIONS.map((conversation) => this.hold(cast, conversation)), this.prepare(cast)]);
  }

  private async hold(cast: DemoCast, c: DemoMirrorConversation): Promise<void> {
    const { moderator, access, planned, guide } = await this.planWithGuide(cast, c, daysFromNow(1));
    const questionIds = guide.questions.map((q) => q.id);

    const participantIds: string[] = [];
    for (const relative of c.relatives) {
      const invited = await this.invite(moderator, access, planned.id, relative.displayName);
      participantIds.push(invited.participant.id);
      await this.relativePage.save(
        {
          token: tokenOf(invited.link),
          consents: relative.consents,
          form: 'standard',
          relation: relative.relation,
          legalRepresentative: relative.legalRepresentative,
          freeText: null,
          themeAnswers: Object.entries(relative.answers).map(([themeId, [important, experienced]]) => ({
            themeId,
            important,
            experienced,
          })),
          acknowledgeWarnings: false,
        },
        DEMO_VISITOR,
      );
    }

    await this.command(moderator, access, planned.id, { type: 'start' });
    const statementIds: string[] = [];
    for (const s of c.statements) {
      const ack = await this.command(moderator, access, planned.id, {
        type: 'capture',
        questionId: questionIds[s.question],
        participantId: participantIds[s.relative],
        body: s.body,
        themeIds: s.themeIds,
        valueTags: s.valueTags,
        quotable: s.quote,
      });
      statementIds.push(ack.createdId!);
    }
    await this.command(moderator, access, planned.id, { type: 'end' });

    for (const [themeId, summary] of Object.entries(c.summaries)) {
      await this.harvest.saveTheme(moderator.viewer, access, { conversationId: planned.id, themeId, summary, acknowledgeWarnings: false });
    }
    for (const [index, s] of c.statements.entries()) {
      if (s.quote) await this.harvest.setQuote(moderator.viewer, access, { statementId: statementIds[index], inHarvest: true });
    }
    // History: its listeners read the harvest back then, so nobody is told (nor mailed) of it now.
    await this.harvest.approve(moderator.viewer, access, planned.id, { tell: false });
    await this.letters.save(moderator.viewer, access, {
      conversationId: planned.id,
      heard: c.letter.heard,
      willDo: c.letter.willDo,
      lookBackOn: todayInNetherlands(daysFromNow(c.letter.lookBackInDays)),
      acknowledgeWarnings: false,
    });
    await this.letters.send(moderator.viewer, access, planned.id);
    await this.backdate(planned.id, c.daysAgo);
  }

  /** The conversation still being prepared: a guide, three relatives invited (not answered yet), wishes of the team. */
  private async prepare(cast: DemoCast): Promise<void> {
    const p = DEMO_MIRROR_IN_PREPARATION;
    const { moderator, access, planned } = await this.planWithGuide(cast, p, daysFromNowAt(p.inDays, p.time));
    for (const displayName of p.relatives) await this.invite(moderator, access, planned.id, displayName);
    for (const wish of p.wishes) {
      const author = cast.who(wish.author);
      await this.planning.addWish(author.viewer, author.access(access.organisationId), {
        conversationId: planned.id,
        body: wish.body,
        acknowledgeWarnings: false,
      });
    }
  }

  /** Plans a conversation as its moderator, with its listeners, and writes its question guide: the first steps of each one. */
  private async planWithGuide(cast: DemoCast, c: DemoMirrorPlan, scheduledAt: Date) {
    const [moderator, access] = cast.member(c.moderator, c.organisation);
    const planned = await this.planning.plan(moderator.viewer, access, {
      organisationId: access.organisationId,
      teamId: cast.teamId(c.organisation, c.team),
      theme: c.theme,
      scheduledAt,
      place: c.place,
      moderatorId: moderator.viewer.personId,
      listenerIds: c.listeners.map((email) => cast.who(email).viewer.personId),
      acknowledgeWarnings: false,
    });
    const guide = await this.planning.saveGuide(moderator.viewer, access, {
      conversationId: planned.id,
      questions: c.questions,
      acknowledgeWarnings: false,
    });
    return { moderator, access, planned, guide };
  }

  /** A relative invited by name, without e-mail: the demo opens their page through the link itself. */
  private invite(moderator: Who, access: TenantAccess, conversationId: string, displayName: string) {
    return this.participants.invite(moderator.viewer, access, {
      conversationId,
      displayName,
      email: null,
      kind: 'relative',
      language: 'nl',
      sendEmail: false,
    });
  }

  private async command(who: Who, access: TenantAccess, conversationId: string, command: Record<string, unknown>) {
    const { ack } = await this.commands.execute(who.viewer, access, {
      conversationId,
      clientKey: randomUUID(),
      command,
      acknowledgeWarnings: false,
    });
    // A refusal is thrown, never answered; this keeps the demo honest if that ever changes.
    if (!ack.ok) throw new Error(`Demo mirror command ${String(command.type)} refused`);
    return ack;
  }

  /** Moves a held conversation, its consents and its letter to their days in the past. */
  private async backdate(conversationId: string, daysAgo: number): Promise<void> {
    const held = `now() - make_interval(days => $2)`;
    await this.db.query(
      `UPDATE mirror_conversation SET created_at = ${held} - interval '30 days', scheduled_at = ${held}, started_at = ${held}, ended_at = ${held} + interval '90 minutes',
         harvest_approved_at = ${held} + interval '5 days', updated_at = ${held} + interval '5 days' WHERE id = $1`,
      [conversationId, daysAgo],
    );
    await this.db.query(
      `UPDATE mirror_consent SET given_at = ${held} - interval '10 days' WHERE participant_id IN (SELECT id FROM mirror_participant WHERE conversation_id = $1)`,
      [conversationId, daysAgo],
    );
    await this.db.query(
      `UPDATE mirror_participant SET created_at = ${held} - interval '20 days', responded_at = ${held} - interval '10 days' WHERE conversation_id = $1`,
      [conversationId, daysAgo],
    );
    await this.db.query(
      `UPDATE mirror_letter SET updated_at = ${held} + interval '12 days', sent_at = ${held} + interval '12 days' WHERE conversation_id = $1`,
      [conversationId, daysAgo],
    );
  }
}

/** The token is the last part of a personal link. */
function tokenOf(link: string): string {
  return link.slice(link.lastIndexOf('/') + 1);
}
