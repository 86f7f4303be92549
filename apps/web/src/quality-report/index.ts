/** The public surface of quality-report: what other features may import. */
export { NetworkOverviewPage } from './NetworkOverviewPage';
export { QualityReportPage } from './QualityReportPage';
export { ReportNavItems } from './ReportNavItems';
export { NETWORK_OVERVIEW_PATH, QUALITY_REPORT_PATH } from './paths';
