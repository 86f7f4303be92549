/** The public surface of stories: what other features may import. */
export { coreValueOptions } from './story-labels';
