import { todayInNetherlands } from '@kring/domain';
import { UserError } from '../../../engine/graphql/user-error';

/**
 * "Wanneer kijken jullie terug?" may not be before today (in the Netherlands): a look-back in the past would be due
 * the moment it is saved. The one rule for every date a practice is given to look back on: in the harvest (added,
 * changed, taken over from a draft) and in the practices list ("Hoe ging het?", PracticesService.lookBack).
 * `field` is the input field the refusal is shown next to.
 */
export function checkLookBackToCome(field: string, lookBackOn: string | null | undefined, today = todayInNetherlands()): void {
  if (lookBackOn && lookBackOn < today) throw new UserError('BAD_USER_INPUT', {}, [{ field, rule: 'notBefore', value: today }]);
}
