/** The public surface of peer-visits: what other features may import. */
export { namesAroundVisits } from './visit-names';
export { organisationVisits } from './organisation-visits';
export { VisitsService } from './visits.service';
export { NotebookService } from './notebook.service';
export { MirrorReportService } from './mirror-report.service';
export { CheckinService } from './checkin.service';
export { PeerVisitsModule } from './peer-visits.module';
