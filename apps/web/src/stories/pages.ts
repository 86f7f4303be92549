/** The screens of stories, loaded by the router only when one is opened (app/App.tsx). */
export { NewStoryPage } from './NewStoryPage';
export { StoriesPage } from './StoriesPage';
export { StoryPage } from './StoryPage';
export { StorytellerPage } from './StorytellerPage';
