/** The public surface of library: what other features may import. */
export { LibraryModule } from './library.module';
export { LibrarySharingService } from './library-sharing.service';
