import { IdentifyingDetailKind } from '@kring/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IdentifyingDetailKindEnum } from './case.enums';

/** One place in a text that may identify someone: `text.slice(start, end) === match`. */
@ObjectType('IdentifyingDetailFinding')
export class IdentifyingDetailFindingDto {
  @Field(() => IdentifyingDetailKindEnum) kind: IdentifyingDetailKind;
  @Field(() => Int, { description: 'Offset in UTF-16 code units, as JavaScript strings count.' }) start: number;
  @Field(() => Int) end: number;
  @Field() match: string;
  @Field({ description: "The kind in the viewer's language: naam, BSN, geboortedatum…" }) label: string;
}
