/** The public surface of outbox: what other features may import. */
export { OutboxPage } from './OutboxPage';
