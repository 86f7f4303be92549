import { FindingTypeId, MomentOfDay, ReportStatus } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonRef } from './person-ref.dto';
import { FindingTypeEnum, MomentOfDayEnum, NoteEditOutcomeEnum, ReportStatusEnum } from './peer-visit.enums';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

/** What one version of a note says: shared by the note and by the author's other version when two edits met. */
@ObjectType({ isAbstract: true })
abstract class NoteContent {
  @Field() body: string;
  @Field(() => FindingTypeEnum) findingType: FindingTypeId;
  @Field(() => [String]) valueIds: string[];
  @Field(() => String, { nullable: true }) mirrorThemeId: string | null;
  @Field(() => MomentOfDayEnum, { nullable: true }) momentOfDay: MomentOfDay | null;
  @Field() aboutFocus: boolean;
}

@ObjectType('VisitNote')
export class VisitNoteDto extends NoteContent {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'Chosen by the device that wrote it.' }) clientId: string;
  @Field(() => PersonRef, { nullable: true }) author: PersonRef | null;
  @Field() mine: boolean;
  @Field({ description: 'Withdrawn by its author; listed so other devices learn of it.' }) deleted: boolean;
  @Field() inReport: boolean;
  @UnsuppressedNumber('a version number of the note') revision: number;
  @Field(() => ID) lastEditId: string;
  @Field() createdAt: Date;
}

/** The author's other version of a note, when two edits met. */
@ObjectType('NoteConflict')
export class NoteConflictDto extends NoteContent {
  @Field(() => ID) id: string;
  @Field(() => VisitNoteDto, { description: 'The note as it is now.' }) current: VisitNoteDto;
  @Field() deleted: boolean;
  @Field() createdAt: Date;
}

@ObjectType('VisitNotebook')
export class VisitNotebookDto {
  @Field(() => ID) visitId: string;
  @Field({ description: 'Notes can be written: the visit is agreed and its report not closed.' }) open: boolean;
  @Field(() => ReportStatusEnum) reportStatus: ReportStatus;
  @Field(() => [VisitNoteDto], { description: 'Every note of the visiting team, withdrawn ones included.' }) notes: VisitNoteDto[];
  @Field(() => [NoteConflictDto], { description: 'The viewer’s own versions waiting for a choice.' }) conflicts: NoteConflictDto[];
}

@ObjectType('NoteEditResult')
export class NoteEditResultDto {
  @Field(() => ID) clientId: string;
  @Field(() => ID) editId: string;
  @Field(() => NoteEditOutcomeEnum) outcome: 'created' | 'applied' | 'unchanged' | 'conflict';
  @Field({ description: 'This change had been received before; the answer is the first one.' }) replayed: boolean;
  @Field(() => VisitNoteDto) note: VisitNoteDto;
}
