import { LIBRARY_AUDIENCES, LIBRARY_SOURCE_KINDS } from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

export const LibrarySourceKindEnum = enumOf(LIBRARY_SOURCE_KINDS);
export const LibraryAudienceEnum = enumOf(LIBRARY_AUDIENCES);

registerEnumType(LibrarySourceKindEnum, {
  name: 'LibrarySourceKind',
  description: 'A case, a story, or a lesson (leerpunt) from a session.',
});
registerEnumType(LibraryAudienceEnum, {
  name: 'LibraryAudience',
  description: 'The own organisation, or the learning network (anonymised).',
});
