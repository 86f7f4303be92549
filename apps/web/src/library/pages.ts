/** The screens of library, loaded by the router only when one is opened (app/App.tsx). */
export { LibraryItemPage } from './LibraryItemPage';
export { LibraryPage } from './LibraryPage';
export { SharePage } from './SharePage';
export { ShareReviewPage } from './ShareReviewPage';
