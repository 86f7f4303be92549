import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

/**
 * What the home page can point a person to, in the order it shows them:
 * something happening now first, then what waits for this person, then the
 * setup a manager has not done yet. The web app keeps one link and one text
 * per kind (a typed map), so a new kind cannot reach the page without both.
 */
export const HOME_NEXT_STEP_KINDS = [
  'join_session',
  'prepare_session',
  'attend_session',
  'prepare_mirror_conversation',
  'answer_visit_proposal',
  'decide_lens_proposal',
  'respond_to_mirror_report',
  'plan_visit',
  'take_visit_notes',
  'check_story',
  'look_back_on_practices',
  'read_notifications',
  'add_location',
  'add_team',
  'invite_member',
] as const;
export type HomeNextStepKind = (typeof HOME_NEXT_STEP_KINDS)[number];
const HomeNextStepKindEnum = enumOf(HOME_NEXT_STEP_KINDS);
registerEnumType(HomeNextStepKindEnum, { name: 'HomeNextStepKind' });

@ObjectType('HomeNextStep')
export class HomeNextStepDto {
  @Field(() => HomeNextStepKindEnum) kind: HomeNextStepKind;
  @Field(() => NamedRef, {
    nullable: true,
    description: 'The organisation it is in; null for notifications, which span them, and for a step of a learning network.',
  })
  organisation: NamedRef | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The session, conversation, visit, story or learning network it opens; null for a list page.',
  })
  targetId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The question, theme, title, partner or proposing organisation the person will recognise.',
  })
  title: string | null;
  @Field(() => Date, { nullable: true, description: 'When it happens, or since when it waits.' })
  at: Date | null;
  @UnsuppressedNumber('the viewer’s own things to do (practices, notifications)', {
    nullable: true,
    description: 'How many, for a step that stands for several (practices, notifications).',
  })
  count: number | null;
}
