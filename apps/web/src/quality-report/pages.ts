/** The screens of quality-report, loaded by the router only when one is opened (app/App.tsx). */
export { NetworkOverviewPage } from './NetworkOverviewPage';
export { QualityReportPage } from './QualityReportPage';
