/** The public surface of peer-visits: what other features may import. */
export { HarvestSection } from './HarvestSection';
export { NetworkVisitsSection } from './NetworkVisitsSection';
export { notebookPath, PEER_VISITS_PATH, reportPath, visitPath } from './paths';
export { ProposalCard } from './ProposalCard';
export { SharedReportsSection } from './SharedReportsSection';
export { MIRROR_THEME_NAMES, VALUE_NAMES } from './labels';
