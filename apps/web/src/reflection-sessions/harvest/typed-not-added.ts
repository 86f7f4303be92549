import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/**
 * Text typed in a box of the harvest page and not yet added (or a change not yet saved). Approving the report fixes
 * the harvest, so the page approves only once no box holds such text: it points at each one instead, and nothing
 * typed is lost without a word. Each box tells the page through useTypedNotAdded; the page reads the parts that
 * still hold text (by the name of their section) through useTypedNotAddedOnPage.
 */
interface TypedNotAddedContext {
  /** The box `key` holds text not yet added, in the part named `part`; null: it holds none (any more). */
  set: (key: string, part: string | null) => void;
  /** Whether the page points at the boxes that hold text (after "Verslag goedkeuren"). */
  pointed: boolean;
}

export const TypedNotAdded = createContext<TypedNotAddedContext>({ set: () => undefined, pointed: false });

/** The boxes holding text, by key, with `key` set to `part` (or taken out for null); the same map when nothing changed. */
export function withBox(holding: ReadonlyMap<string, string>, key: string, part: string | null): ReadonlyMap<string, string> {
  if ((holding.get(key) ?? null) === part) return holding;
  const next = new Map(holding);
  if (part === null) next.delete(key);
  else next.set(key, part);
  return next;
}

/** For the page: the parts that hold text not yet added (each once, in the order typed), and pointing at them. */
export function useTypedNotAddedOnPage() {
  const [holding, setHolding] = useState<ReadonlyMap<string, string>>(new Map());
  const [pointed, setPointed] = useState(false);
  const set = useCallback((key: string, part: string | null) => setHolding((boxes) => withBox(boxes, key, part)), []);
  // Once every box is added or emptied, text typed later is not pointed at before the next "Verslag goedkeuren".
  if (pointed && holding.size === 0) setPointed(false);
  const shown = pointed && holding.size > 0;
  const context = useMemo(() => ({ set, pointed: shown }), [set, shown]);
  const point = useCallback(() => setPointed(true), []);
  return { context, parts: [...new Set(holding.values())], pointed: shown, point };
}

/** For a box (or a form of boxes): tells the page whether it holds text not yet added; true when the page points at it. */
export function useTypedNotAdded(key: string, part: string, holdsText: boolean): boolean {
  const { set, pointed } = useContext(TypedNotAdded);
  useEffect(() => {
    if (!holdsText) return;
    set(key, part);
    return () => set(key, null);
  }, [set, key, part, holdsText]);
  return pointed && holdsText;
}
