import { Module } from '@nestjs/common';
import { CasesModule } from '../cases';
import { LibraryResolver } from './library.resolver';
import { LibrarySearchService } from './library-search.service';
import { LibrarySharingService } from './library-sharing.service';

/** The community library: sharing through an anonymisation review, and Dutch full-text search. */
@Module({
  imports: [CasesModule],
  providers: [LibrarySearchService, LibrarySharingService, LibraryResolver],
  // The demo shares its year through the same review as the screens.
  exports: [LibrarySharingService],
})
export class LibraryModule {}
