import { NOTIFICATION_KINDS, NotificationKind } from '@kring/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType('Notification')
export class NotificationDto {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field({ description: "What it is about and when, in the viewer's language." }) text: string;
  @Field({ description: 'Path of the page in the web app.' }) link: string;
  @Field(() => NamedRef) organisation: NamedRef;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

@ObjectType('NotificationList')
export class NotificationListDto {
  @Field(() => [NotificationDto], { description: 'Newest first.' }) items: NotificationDto[];
  @UnsuppressedNumber('the viewer’s own unread notifications') unreadCount: number;
  @Field({ description: 'There are older notifications than these.' }) hasMore: boolean;
}
