/** The public surface of practices: what other features may import. */
export { LearningHomeCard } from './LearningHomeCard';
export { LearningTabs } from './LearningTabs';
export { LEARNING_PATHS, withOrganisation } from './paths';
