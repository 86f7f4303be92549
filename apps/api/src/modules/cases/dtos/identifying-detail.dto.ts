import { IdentifyingDetailKind } from '@kring/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { IdentifyingDetailKindEnum } from './case.enums';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

/** One place in a text that may identify someone: `text.slice(start, end) === match`. */
@ObjectType('IdentifyingDetailFinding')
export class IdentifyingDetailFindingDto {
  @Field(() => IdentifyingDetailKindEnum) kind: IdentifyingDetailKind;
  @UnsuppressedNumber('a character offset in the text being written', {
    description: 'Offset in UTF-16 code units, as JavaScript strings count.',
  })
  start: number;
  @UnsuppressedNumber('a character offset in the text being written') end: number;
  @Field() match: string;
  @Field({ description: "The kind in the viewer's language: naam, BSN, geboortedatum…" }) label: string;
}
