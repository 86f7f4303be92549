/** The public surface of reflection-sessions: what other features may import. */
export { PracticeItem } from './PracticeItem';
export { UpcomingSessions } from './UpcomingSessions';
export { NEW_SESSION_PATH, sessionPath } from './paths';
