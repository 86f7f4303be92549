import { GroupCellHiding, Language, leftOutText, LocalizedText } from '@kring/domain';
import type { ReportBlock } from './outline';

/** Values for a label's `{name}` placeholders. */
type LabelValues = Readonly<Record<string, string | number>>;

/** A count as a report lists it; null: too small to show, or hidden to protect another count (countHidden says which). */
interface ReportCount {
  label: string;
  count: number | null;
  countHidden?: GroupCellHiding | null;
}

/** "{year}" in a label becomes its value; a placeholder without one becomes empty. */
export function fillLabel(text: string, values: LabelValues): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The parts of an item's detail line that are there, joined as "Team wonen · 3 stippen"; undefined when none is. */
export function detailOf(...parts: (string | null | undefined | false)[]): string | undefined {
  return parts.filter((part): part is string => !!part).join(' · ') || undefined;
}

/**
 * Writes one report's outline in the reader's language from its own label catalogue: every report (session,
 * mirror report, quality report, network year) adds its blocks through the same few verbs, so a block that is
 * empty is left out the same way everywhere and a label with placeholders is filled the same way.
 */
export function outlineWriter<Key extends string>(labels: Readonly<Record<Key, LocalizedText>>, language: Language) {
  const blocks: ReportBlock[] = [];
  const label = (key: Key, values: LabelValues = {}) => fillLabel(labels[key][language], values);
  const writer = {
    blocks,
    label,
    title: (text: string) => blocks.push({ kind: 'title', text }),
    /** Left out when there is no value (no team, no place). */
    meta: (name: string, value: string | null | undefined) => {
      if (value) blocks.push({ kind: 'meta', label: name, value });
    },
    note: (text: string) => blocks.push({ kind: 'note', text }),
    paragraph: (text: string) => blocks.push({ kind: 'paragraph', text }),
    heading: (level: 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text }),
    /** Someone's words set apart: a question, a reflection, a quote. */
    prompt: (text: string) => blocks.push({ kind: 'prompt', text }),
    quote: (text: string) => blocks.push({ kind: 'prompt', text: `“${text}”` }),
    item: (text: string, detail?: string) => blocks.push(detail ? { kind: 'item', text, detail } : { kind: 'item', text }),
    /** Counts in the order given ("Incidentmethode — 3"); one left out reads as the rule says ("minder dan 5", "verborgen"). */
    counts: (counts: readonly ReportCount[]) => {
      for (const c of counts) writer.item(c.label, c.count === null ? leftOutText(c.countHidden)[language] : String(c.count));
    },
  };
  return writer;
}
