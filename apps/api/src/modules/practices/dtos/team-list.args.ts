import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IdField } from '../../../engine/graphql/input-fields';

/** An organisation's list (practices, stories), optionally of one team. */
@ArgsType()
export class TeamListArgs {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, { nullable: true, description: 'One team; left out, every team the viewer follows.' })
  @IdField({ optional: true })
  teamId?: string | null;
}
