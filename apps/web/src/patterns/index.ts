/** The public surface of patterns: what other features may import. */
export { PatternsPage } from './PatternsPage';
