import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', { description: "The viewer's personal calendar feed; its secret address is shown only when it is made." })
export class CalendarFeedDto {
  @Field() active: boolean;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When a calendar app last fetched the feed.' }) lastFetchedAt: Date | null;
}

@ObjectType('CalendarFeedLink', { description: 'A new secret feed address; any earlier address of the viewer stops working.' })
export class CalendarFeedLinkDto {
  @Field({ description: 'https address, for "subscribe by URL".' }) url: string;
  @Field({ description: 'The same address as webcal://, which opens the calendar app directly.' }) webcalUrl: string;
  @Field() createdAt: Date;
}
