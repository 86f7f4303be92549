/** The public surface of quality-report: what other features may import. */
export { NETWORK_OVERVIEW_PATH, QUALITY_REPORT_PATH } from './paths';
export { coordinatedNetworks } from './coordinated-networks';
