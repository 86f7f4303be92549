/** The public surface of stories: what other features may import. */
export { StoriesModule } from './stories.module';
export { StoriesService } from './stories.service';
export { MemberCheckService } from './member-check.service';
