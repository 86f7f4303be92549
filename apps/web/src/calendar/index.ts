/** The public surface of calendar: what other features may import. */
export { CalendarFeedSection } from './CalendarFeedSection';
