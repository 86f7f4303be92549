/** The public surface of reflection-sessions: what other features may import. */
export { PracticeItem } from './PracticeItem';
export { SessionsPage } from './SessionsPage';
export { UpcomingSessions } from './UpcomingSessions';
export { SessionPage } from './details/SessionPage';
export { HarvestPage } from './harvest/HarvestPage';
export { LiveRoomPage } from './live/LiveRoomPage';
export { sessionPath } from './paths';
export { PlanSessionPage } from './planning/PlanSessionPage';
export { ReportPage } from './report/ReportPage';
