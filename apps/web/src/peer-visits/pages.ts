/** The screens of peer-visits, loaded by the router only when one is opened (app/App.tsx). */
export { CheckinPage } from './CheckinPage';
export { PeerVisitsPage } from './PeerVisitsPage';
export { VisitPage } from './VisitPage';
export { MirrorReportPage } from './mirror/MirrorReportPage';
export { VisitMirrorConversationPage } from './mirror/VisitMirrorConversationPage';
export { NotebookPage } from './notebook/NotebookPage';
