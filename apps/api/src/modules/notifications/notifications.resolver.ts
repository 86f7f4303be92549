import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentViewer } from '../../engine/policy/current.decorators';
import { UnsuppressedNumber } from '../../engine/privacy/small-numbers.decorators';
import { NotificationDto, NotificationListDto } from './dtos/notification.dto';
import { NotificationsService } from './notifications.service';

/** The viewer's own notifications (the bell in the header); nobody else's can be reached from here. */
@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationListDto)
  @Access.authenticated()
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('before', { type: () => Date, nullable: true, description: 'Only notifications made before this moment (the next page).' })
    before: Date | null,
  ): Promise<NotificationListDto> {
    return this.service.list(viewer, { unreadOnly, before });
  }

  @Query(() => Int, { description: 'For the bell: how many notifications are unread.' })
  @Access.authenticated()
  @UnsuppressedNumber('the viewer’s own unread notifications')
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => NotificationDto)
  @Access.authenticated()
  markNotificationRead(
    @Args('notificationId', { type: () => ID }) notificationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationDto> {
    return this.service.markRead(viewer, notificationId);
  }

  @Mutation(() => Int, { description: 'Marks every notification of the viewer as read; returns how many were unread.' })
  @Access.authenticated()
  @UnsuppressedNumber('the viewer’s own notifications')
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.markAllRead(viewer);
  }
}
