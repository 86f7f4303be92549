/** The public surface of home: what other features may import. */
export { HomePage } from './HomePage';
