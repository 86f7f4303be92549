/** The screens of reflection-sessions, loaded by the router only when one is opened (app/App.tsx). */
export { SessionsPage } from './SessionsPage';
export { SessionPage } from './details/SessionPage';
export { HarvestPage } from './harvest/HarvestPage';
export { LiveRoomPage } from './live/LiveRoomPage';
export { PlanSessionPage } from './planning/PlanSessionPage';
export { ReportPage } from './report/ReportPage';
export { RoomScreenPage } from './screen/RoomScreenPage';
export { JoinPage } from './join/JoinPage';
