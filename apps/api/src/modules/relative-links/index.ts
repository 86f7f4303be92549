/** The public surface of relative-links: what other features may import. */
export { RelativeLinksModule } from './relative-links.module';
export { RelativeLinksService } from './relative-links.service';
