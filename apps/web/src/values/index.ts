/** The public surface of values: what other features may import. */
export { ValuesPage } from './ValuesPage';
