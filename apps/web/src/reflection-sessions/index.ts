/** The public surface of reflection-sessions: what other features may import. */
export { PracticeItem } from './PracticeItem';
export { UpcomingSessions } from './UpcomingSessions';
export { sessionPath } from './paths';
