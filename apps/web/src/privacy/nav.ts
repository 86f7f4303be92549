/**
 * What the shell shows of privacy on every page (its menu entry) and the paths the router needs: kept apart from
 * index.ts, whose sections and documents would otherwise travel in the first download of every page (issue #10).
 */
export { PrivacyNavItem } from './PrivacyNavItem';
export { PRIVACY_PATH } from './paths';
