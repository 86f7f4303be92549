import { ArgsType, Field } from '@nestjs/graphql';
import { TextField } from '../../../engine/graphql/input-fields';
import { UnguardedText } from '../../../engine/privacy/text-guard.decorators';

/** Room for spaces and dashes around the six characters someone types off the screen; longer is not a code. */
const TYPED_CODE_MAX = 20;

@ArgsType()
export class JoinCodeArgs {
  @Field()
  @TextField({ max: TYPED_CODE_MAX })
  @UnguardedText("a short room code read off the shared screen; looked up among the caller's sessions, never stored")
  code: string;
}
