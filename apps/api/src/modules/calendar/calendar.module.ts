import { Module } from '@nestjs/common';
import { CalendarEventsService } from './calendar-events.service';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

/** The personal iCalendar feed at a secret, revocable address. */
@Module({
  controllers: [CalendarFeedController],
  providers: [CalendarEventsService, CalendarFeedService, CalendarFeedResolver],
})
export class CalendarModule {}
