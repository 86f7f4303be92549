/** The screens of methods, loaded by the router only when one is opened (app/App.tsx). */
export { MethodBuilderPage } from './MethodBuilderPage';
export { MethodDetailPage } from './MethodDetailPage';
export { MethodLibraryPage } from './MethodLibraryPage';
