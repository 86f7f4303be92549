/** The public surface of calendar: what other features may import. */
export { writeIcs } from './ics';
export { WEB_PATHS } from './web-paths';
