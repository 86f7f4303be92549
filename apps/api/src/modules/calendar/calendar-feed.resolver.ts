import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentViewer } from '../../engine/policy/current.decorators';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedDto, CalendarFeedLinkDto } from './dtos/calendar-feed.dto';

/** The viewer's own calendar feed; nobody else's can be reached from here. */
@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedDto)
  @Access.authenticated()
  calendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedDto> {
    return this.feeds.feed(viewer.personId);
  }

  @Mutation(() => CalendarFeedLinkDto, { description: 'Makes a new secret feed address; an earlier one stops working.' })
  @Access.authenticated()
  createCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedLinkDto> {
    return this.feeds.create(viewer.personId);
  }

  @Mutation(() => CalendarFeedDto, { description: 'Switches the feed off: its address stops working.' })
  @Access.authenticated()
  revokeCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedDto> {
    return this.feeds.revoke(viewer.personId);
  }
}
