import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** A change to the address's parameters: a value sets its parameter, an empty one or null takes it out. */
export type ParamsChange = Readonly<Record<string, string | null>>;

/** The address's parameters after a change; the parameters it does not name stay as they are. */
export function withParams(current: URLSearchParams, change: ParamsChange): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(change)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

/**
 * The address's parameters and a way to change them. A choice on a page
 * (organisation, team, network) replaces the history entry: going back leaves
 * the page instead of undoing the choice.
 */
export function useAddressParams() {
  const [params, setParams] = useSearchParams();
  const change = useCallback((values: ParamsChange) => setParams((current) => withParams(current, values), { replace: true }), [setParams]);
  return { params, setParams, change };
}
