/**
 * What the shell shows of the quality report on every page (its menu entry) and the paths the router needs: kept apart from
 * index.ts, whose sections and documents would otherwise travel in the first download of every page (issue #10).
 */
export { ReportNavItems } from './ReportNavItems';
export { NETWORK_OVERVIEW_PATH, QUALITY_REPORT_PATH } from './paths';
