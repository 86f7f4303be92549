import { FLAGGED_HARVEST_CODE, mayHarvestFlagged } from '@kring/domain';
import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { UserError } from '../graphql/user-error';

/**
 * `flagSeen` on every input that takes a text into a harvest (a case
 * session's draft, a mirror conversation's quote): the moderator saw that the
 * text is flagged — kept knowingly through an escalation prompt — and takes it
 * in anyway. Declared once so both harvests ask the same question.
 */
export function FlagSeenField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Boolean, {
      defaultValue: false,
      description:
        'The moderator saw that the text is flagged (kept knowingly as a possible complaint, incident or data breach) and takes it into the harvest anyway.',
    }),
    IsBoolean({ context: { rule: 'invalid' } }),
  );
}

/** The one server rule (`mayHarvestFlagged`): a flagged text enters a harvest only with the moderator's confirmation. */
export function requireFlagSeen(text: { flagged: boolean }, flagSeen: boolean | null | undefined): void {
  if (!mayHarvestFlagged(text, flagSeen)) throw new UserError(FLAGGED_HARVEST_CODE);
}
