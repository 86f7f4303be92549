/** The public surface of peer-visits: what other features may import. */
export { CheckinPage } from './CheckinPage';
export { HarvestSection } from './HarvestSection';
export { NetworkVisitsSection } from './NetworkVisitsSection';
export { PeerVisitNavItems } from './PeerVisitNavItems';
export { PeerVisitsPage } from './PeerVisitsPage';
export { ProposalCard } from './ProposalCard';
export { SharedReportsSection } from './SharedReportsSection';
export { VisitPage } from './VisitPage';
export { MIRROR_THEME_NAMES, VALUE_NAMES } from './labels';
export { MirrorReportPage } from './mirror/MirrorReportPage';
export { VisitMirrorConversationPage } from './mirror/VisitMirrorConversationPage';
export { NotebookPage } from './notebook/NotebookPage';
