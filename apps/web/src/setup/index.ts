/** The public surface of setup: what other features may import. */
export { SetupPage } from './SetupPage';
