import { inSentence } from './field-findings';
import { segments, type Finding } from './highlight';
import './content-guard.css';

/**
 * The text with each finding marked and labelled ("naam", "BSN"…). The label
 * is part of the mark, so it is read out too, not only shown in colour.
 */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  return (
    <p className="guard-preview">
      {segments(text, findings).map((segment, i) =>
        segment.finding ? (
          <mark key={i} className="guard-mark">
            {segment.text}
            <span className="guard-mark__label"> ({inSentence(segment.finding.label)})</span>
          </mark>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
