import { useCallback, useEffect, useRef, useState } from 'react';
import { useLanguage } from '../i18n';
import { asGraphqlError, GraphqlError, request, sharedRequest, type Operation, type VariablesArg } from './client';
import { recordRemoved } from '../ui/content-guard/useEscalationPrompt';

interface QueryState<R> {
  data?: R;
  error?: GraphqlError;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query when the component mounts and again when its variables or the
 * UI language change (server messages are localised). Data of other variables
 * is never shown for the current ones. Components that mount together and ask
 * the same share one request (sharedRequest).
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
    // A first load shares a request under way for the same; a refetch (after a change) asks afresh.
    (generation === 0 ? sharedRequest : request)(document, ...args)
      .then(
        (data) => current && setResult({ key, data }),
        (error: unknown) =>
          current &&
          // A failed refetch keeps what was already shown for these variables.
          setResult((previous) => ({ data: previous?.key === key ? previous.data : undefined, key, error: asGraphqlError(error) })),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [document, key, language, generation]);

  const refetch = useCallback(() => setGeneration((n) => n + 1), []);
  const fresh = result?.key === key ? result : undefined;
  return { data: fresh?.data, error: fresh?.error, loading, refetch };
}

/** The submitted text at a finding's field path ("body", "chapters.2.text"), looked up in the variables of the save. */
function textAt(variables: unknown, path: string): string | undefined {
  const candidates = variables && typeof variables === 'object' ? [variables, ...Object.values(variables)] : [];
  for (const root of candidates) {
    const value = path
      .split('.')
      .reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), root);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * The same variables with `flags` set on the input (the names every guarded input carries): acknowledgeWarnings with
 * acknowledgedFindings, or keepFlaggedText with the prompt it answers (escalationPromptId).
 */
function flagged<V>(variables: V, flags: Record<string, unknown>): V {
  if (!variables || typeof variables !== 'object') return variables;
  const entries = Object.entries(variables).map(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value) ? [key, { ...value, ...flags }] : [key, value],
  );
  return Object.fromEntries(entries) as V;
}

/**
 * A mutation as a function that resolves to the data, or to undefined after a
 * refusal; the refusal is then in `error`, for the form to show.
 *
 * The content guard's IDENTIFYING_DETAILS is not the end of a save: the error
 * carries a `confirmation` (the findings, the texts as sent, and confirm()).
 * The promise of that save stays open; confirm() sends it again with
 * acknowledgeWarnings and the ids of the findings shown (acknowledgedFindings:
 * "Ik heb dit gecontroleerd" alone covers only what a screen could mark
 * itself, never a name only the server knows) and the form continues as if
 * the first try had succeeded. Submitting again (after editing) settles it as refused. A
 * BSN_REFUSED has findings but nothing to confirm: Kring never stores a BSN.
 * ESCALATION_PROMPT works the same way with two answers: keep() sends the
 * save again with keepFlaggedText ("Toch bewaren"), remove() records "Tekst
 * weghalen" and empties every text box that still shows a flagged text
 * (the shared fields listen: ui/content-guard/flagged-text.ts).
 */
export function useMutation<R, V>(document: Operation<R, V>) {
  const [state, setState] = useState<{ loading: boolean; error?: GraphqlError; removed?: boolean }>({ loading: false });
  const pending = useRef<((data: R | undefined) => void) | null>(null);
  const mutate = useCallback(
    async (...args: VariablesArg<V>): Promise<R | undefined> => {
      pending.current?.(undefined);
      pending.current = null;
      const [first] = args;
      /** One try; a refusal the author can answer leaves the save's promise open until they do. */
      const attempt = async (variables: typeof first, settle?: (data: R | undefined) => void): Promise<R | undefined> => {
        setState({ loading: true });
        try {
          const data = await request(document, ...([variables] as VariablesArg<V>));
          setState({ loading: false });
          settle?.(data);
          return data;
        } catch (thrown) {
          const error = asGraphqlError(thrown);
          error.sentTexts = Object.fromEntries(
            error.findings.flatMap((f) => {
              const text = textAt(variables, f.field);
              return text === undefined ? [] : [[f.field, text]];
            }),
          );
          if (error.code !== 'IDENTIFYING_DETAILS' && !(error.code === 'ESCALATION_PROMPT' && error.escalation)) {
            pending.current = null;
            setState({ loading: false, error });
            settle?.(undefined);
            return undefined;
          }
          return new Promise<R | undefined>((resolve) => {
            const done = settle ?? resolve;
            pending.current = done;
            const answer = (flags: Record<string, unknown>) => async () => {
              if (pending.current !== done) return;
              void attempt(flagged(variables, flags), done);
            };
            if (error.code === 'IDENTIFYING_DETAILS')
              error.confirm = answer({ acknowledgeWarnings: true, acknowledgedFindings: [...new Set(error.findings.map((f) => f.id))] });
            else {
              // "Toch bewaren" names the prompt it answers, so the server records the choice on exactly that prompt.
              error.keep = answer({ keepFlaggedText: true, escalationPromptId: error.escalation!.promptId });
              error.remove = async () => {
                if (pending.current !== done) return;
                setState({ loading: true, error });
                const flagged = error.escalation!.fields.flatMap((field) => textAt(variables, field) ?? []);
                // A link page's save carries its personal link; the choice is answered through the same link.
                await recordRemoved(error.escalation!.promptId, flagged, textAt(variables, 'token'));
                pending.current = null;
                setState({ loading: false, removed: true });
                done(undefined);
              };
            }
            setState({ loading: false, error });
          });
        }
      };
      return attempt(first);
    },
    [document],
  );
  // A form that goes away leaves no save waiting.
  useEffect(() => () => pending.current?.(undefined), []);
  return [mutate, state] as const;
}
