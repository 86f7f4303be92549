/** The public surface of learning-networks: what other features may import. */
export type { NetworkSectionProps } from './NetworkPage';
export { networkPath } from './paths';
