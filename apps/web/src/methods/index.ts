/** The public surface of methods: what other features may import. */
export { MethodBuilderPage } from './MethodBuilderPage';
export { MethodDetailPage } from './MethodDetailPage';
export { MethodLibraryPage } from './MethodLibraryPage';
