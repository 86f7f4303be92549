import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { asGraphqlError, request, type GraphqlError } from '../graphql/client';
import { CheckIdentifyingDetailsDocument } from '../graphql/documents/cases';
import { useLanguage } from '../i18n';
import type { Finding } from '../ui/content-guard/highlight';
import { guardCheckInput } from './guard-check-input';

/** Wait this long after the last keystroke before checking, so typing stays smooth. */
const TYPING_PAUSE_MS = 700;

export type FindingsByField = Record<string, Finding[]>;

export interface IdentifyingDetailsCheck {
  /** Findings per field for the texts as they are now; a field still being checked is missing. */
  findings: FindingsByField;
  checking: boolean;
  error?: GraphqlError;
  /** Checks every text at once (before saving); undefined when the check failed. */
  checkNow: (options?: { fresh?: boolean }) => Promise<FindingsByField | undefined>;
}

/**
 * The identifying-details guard while typing: each text is sent to the
 * server's check (which knows the organisation's names) after a pause in
 * typing. Results are kept per text, so an unchanged field is not sent again.
 */
export function useIdentifyingDetails(
  organisationId: string,
  texts: Readonly<Record<string, string>>,
  /** A name typed in the same form that the server knows nowhere else (a storyteller's), looked for as saving will. */
  alsoPerson = '',
): IdentifyingDetailsCheck {
  const [language] = useLanguage();
  const results = useRef(new Map<string, Finding[]>());
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [error, setError] = useState<GraphqlError>();
  // Labels come in the viewer's language and names are per organisation (and the form's own name), so all are part of the key.
  const keyOf = useCallback(
    (text: string) => `${organisationId}\u0000${language}\u0000${alsoPerson}\u0000${text}`,
    [organisationId, language, alsoPerson],
  );

  const checkAll = useCallback(
    async (all: Readonly<Record<string, string>>, fresh = false): Promise<FindingsByField | undefined> => {
      if (fresh) results.current.clear();
      try {
        const entries = await Promise.all(
          Object.entries(all).map(async ([field, text]): Promise<[string, Finding[]]> => {
            const input = guardCheckInput(text, alsoPerson);
            if (!input) return [field, []];
            const known = results.current.get(keyOf(text));
            if (known) return [field, known];
            const data = await request(CheckIdentifyingDetailsDocument, { organisationId, ...input });
            results.current.set(keyOf(text), data.checkIdentifyingDetails);
            return [field, data.checkIdentifyingDetails];
          }),
        );
        setError(undefined);
        return Object.fromEntries(entries);
      } catch (e) {
        setError(asGraphqlError(e));
        return undefined;
      } finally {
        rerender();
      }
    },
    [organisationId, keyOf, alsoPerson],
  );

  const current = useRef(texts);
  current.current = texts;
  const checkNow = useCallback((options?: { fresh?: boolean }) => checkAll(current.current, options?.fresh), [checkAll]);

  const textsKey = JSON.stringify(texts);
  useEffect(() => {
    const timer = setTimeout(() => void checkAll(JSON.parse(textsKey)), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [textsKey, checkAll]);

  const findings: FindingsByField = {};
  for (const [field, text] of Object.entries(texts)) {
    const known = guardCheckInput(text, alsoPerson) ? results.current.get(keyOf(text)) : [];
    if (known) findings[field] = known;
  }
  return {
    findings,
    checking: Object.keys(findings).length < Object.keys(texts).length,
    error,
    checkNow,
  };
}
