import { PRACTICE_SOURCES } from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

export const PracticeSourceEnum = enumOf(PRACTICE_SOURCES);

registerEnumType(PracticeSourceEnum, {
  name: 'PracticeSource',
  description: 'Where the practice was agreed: a session, a mirror conversation or a peer visit.',
});
