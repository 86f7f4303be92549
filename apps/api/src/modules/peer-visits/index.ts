/** The public surface of peer-visits: what other features may import. */
export { namesAroundVisits } from './visit-names';
export { insertVisit, visitHistory } from './visit-rows';
export { organisationVisits } from './organisation-visits';
