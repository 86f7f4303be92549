import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { NoteEditResultDto, VisitNoteDto, VisitNotebookDto } from './dtos/notebook.dto';
import { ResolveNoteConflictInput, SyncVisitNotesInput } from './dtos/notebook.inputs';
import { NotebookService } from './notebook.service';

@Resolver()
export class NotebookResolver {
  constructor(private readonly notebook: NotebookService) {}

  @Query(() => VisitNotebookDto)
  @Access.network({ arg: 'visitId', table: 'peer_visit' })
  visitNotebook(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<VisitNotebookDto> {
    return this.notebook.notebook(access, viewer, visitId);
  }

  @Mutation(() => [NoteEditResultDto], { description: 'Sends queued changes of beelden; each is applied once, however often it is sent.' })
  @Access.network({ arg: 'input.visitId', table: 'peer_visit' })
  syncVisitNotes(
    @Args('input') input: SyncVisitNotesInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NoteEditResultDto[]> {
    return this.notebook.sync(access, viewer, input);
  }

  @Mutation(() => VisitNoteDto, {
    description: 'The author chooses between two versions of a note: the current one, their own, or both as two notes.',
  })
  @Access.network({ arg: 'input.conflictId', table: 'peer_visit_note_conflict' })
  resolveNoteConflict(
    @Args('input') input: ResolveNoteConflictInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<VisitNoteDto> {
    return this.notebook.resolve(access, viewer, input);
  }
}
