import type { notificationsNl } from './texts.nl';

export const notificationsEn: typeof notificationsNl = {
  title: 'Notifications',
  intro:
    'Invitations, reminders and reports that are ready: for sessions, mirror conversations, visits and looking back on new practices. You also receive them by e-mail.',
  unreadOnly: 'Unread only',
  markAll: 'Mark all as read',
  markRead: 'Mark as read',
  open: 'View',
  new: 'New',
  more: 'Older notifications',
  empty: 'No notifications.',
  emptyUnread: 'You have read everything.',
  from: '{{organisation}} · {{when}}',
};
