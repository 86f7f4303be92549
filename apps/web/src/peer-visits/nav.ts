/**
 * What the shell shows of peer visits on every page (its menu entry) and the paths the router needs: kept apart from
 * index.ts, whose sections and documents would otherwise travel in the first download of every page (issue #10).
 * Logging out, on every page, takes the visit notebook off the device (app/auth.tsx).
 */
export { forgetNotebooksOnThisDevice } from './notebook/note-store';
export { PeerVisitNavItems } from './PeerVisitNavItems';
