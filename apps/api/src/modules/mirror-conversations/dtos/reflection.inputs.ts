import { Field, ID, InputType } from '@nestjs/graphql';
import { IdField } from '../../../engine/graphql/input-fields';

@InputType()
export class LinkMirrorListenerReflectionInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field(() => ID, { description: "A reflection session of the conversation's team." }) @IdField() sessionId: string;
}
