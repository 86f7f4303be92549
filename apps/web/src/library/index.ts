/** The public surface of library: what other features may import. */
export { LibraryItemPage } from './LibraryItemPage';
export { LibraryPage } from './LibraryPage';
export { SharePage } from './SharePage';
export { ShareReviewPage } from './ShareReviewPage';
