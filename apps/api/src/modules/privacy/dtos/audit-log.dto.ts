import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CalendarDateField, IdField, TextField } from '../../../engine/graphql/input-fields';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { UnguardedText } from '../../../engine/privacy/text-guard.decorators';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

@InputType()
export class AuditLogInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, { nullable: true, description: 'Only what this person did.' }) @IdField({ optional: true }) personId?: string | null;
  @Field(() => String, { nullable: true })
  @TextField({ max: 100, optional: true })
  @UnguardedText('an audit action to filter on, never stored')
  action?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, a day in the Netherlands.' })
  @CalendarDateField({ optional: true })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, included.' }) @CalendarDateField({ optional: true }) until?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The last event of the previous page.' }) @IdField({ optional: true }) beforeId?:
    string | null;
}

@ObjectType('AuditLogEvent', { description: 'Who did, read or exported what, and when; never the content itself.' })
class AuditLogEventDto {
  @Field(() => ID) id: string;
  @Field() createdAt: Date;
  @Field() action: string;
  @Field() actionLabel: string;
  @Field(() => NamedRef, {
    nullable: true,
    description: 'Null: done by Kring itself (a scheduled job) or by an account that no longer exists.',
  })
  person: NamedRef | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who acted through their own personal link, without an account (a relative on their page); null otherwise.',
  })
  linkActor: string | null;
  @Field(() => String, { nullable: true }) subjectType: string | null;
  @Field(() => String, { nullable: true }) subjectLabel: string | null;
  @Field(() => ID, { nullable: true }) subjectId: string | null;
  @Field(() => String, { nullable: true, description: 'The name, when the subject is a person (e.g. whose data was exported).' })
  subjectName: string | null;
  @UnsuppressedNumber('how many things one event touched (e.g. raw notes purged), for the administrator', {
    nullable: true,
    description: 'How many, for an event about several things at once (a purge of raw notes); never their content.',
  })
  count: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'What a change of a setting changed, from and to ("Rol: Begeleider → Gespreksleider"); never content.',
  })
  change: string | null;
}

@ObjectType('AuditLogAction')
class AuditLogActionDto {
  @Field() action: string;
  @Field() label: string;
}

@ObjectType('AuditLogPage')
export class AuditLogPageDto {
  @Field(() => [AuditLogEventDto], { description: 'Newest first.' }) events: AuditLogEventDto[];
  @Field() hasMore: boolean;
  @Field(() => [AuditLogActionDto], { description: 'Every action in this organisation’s log, for the filter.' })
  actions: AuditLogActionDto[];
  @Field(() => [NamedRef], { description: 'Everyone who appears in this organisation’s log, for the filter.' }) people: NamedRef[];
}
