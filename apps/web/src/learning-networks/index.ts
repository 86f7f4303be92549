/** The public surface of learning-networks: what other features may import. */
export { JoinNetworkPage } from './JoinNetworkPage';
export { NetworkPage, type NetworkSectionProps } from './NetworkPage';
export { networkPath } from './paths';
