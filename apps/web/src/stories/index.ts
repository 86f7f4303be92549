/** The public surface of stories: what other features may import. */
export { NewStoryPage } from './NewStoryPage';
export { StoriesPage } from './StoriesPage';
export { StoryPage } from './StoryPage';
export { StorytellerPage } from './StorytellerPage';
export { coreValueOptions } from './story-labels';
