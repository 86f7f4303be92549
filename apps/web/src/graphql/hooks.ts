import { useCallback, useEffect, useState } from 'react';
import { useLanguage } from '../i18n';
import { asGraphqlError, GraphqlError, request, type Operation, type VariablesArg } from './client';

interface QueryState<R> {
  data?: R;
  error?: GraphqlError;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query when the component mounts and again when its variables or the
 * UI language change (server messages are localised). Data of other variables
 * is never shown for the current ones.
 */
export function useQuery<R, V>(document: Operation<R, V>, variables: V): QueryState<R> {
  const [language] = useLanguage();
  const key = JSON.stringify(variables ?? {});
  const [generation, setGeneration] = useState(0);
  const [result, setResult] = useState<{ key: string; data?: R; error?: GraphqlError }>();
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let current = true;
    setLoading(true);
    const args = [JSON.parse(key)] as VariablesArg<V>;
    request(document, ...args).then(
      (data) => current && setResult({ key, data }),
      (error: unknown) =>
        current &&
        // A failed refetch keeps what was already shown for these variables.
        setResult((previous) => ({ data: previous?.key === key ? previous.data : undefined, key, error: asGraphqlError(error) })),
    ).finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [document, key, language, generation]);

  const refetch = useCallback(() => setGeneration((n) => n + 1), []);
  const fresh = result?.key === key ? result : undefined;
  return { data: fresh?.data, error: fresh?.error, loading, refetch };
}

/**
 * A mutation as a function that resolves to the data, or to undefined after a
 * refusal; the refusal is then in `error`, for the form to show.
 */
export function useMutation<R, V>(document: Operation<R, V>) {
  const [state, setState] = useState<{ loading: boolean; error?: GraphqlError }>({ loading: false });
  const mutate = useCallback(
    async (...args: VariablesArg<V>): Promise<R | undefined> => {
      setState({ loading: true });
      try {
        const data = await request(document, ...args);
        setState({ loading: false });
        return data;
      } catch (error) {
        setState({ loading: false, error: asGraphqlError(error) });
        return undefined;
      }
    },
    [document],
  );
  return [mutate, state] as const;
}
