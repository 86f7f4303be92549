/** The public surface of relatives: what other features may import. */
export { LinkUnavailable } from './LinkUnavailable';
