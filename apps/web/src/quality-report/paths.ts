export const QUALITY_REPORT_PATH = '/kwaliteitsverslag';
export const NETWORK_OVERVIEW_PATH = '/netwerk/jaaroverzicht';
