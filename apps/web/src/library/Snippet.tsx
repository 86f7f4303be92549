/** A search snippet with the matched words marked; the parts come from the API, so nothing is read as HTML. */
export function Snippet({ parts }: { parts: readonly { text: string; match: boolean }[] }) {
  return (
    <p className="snippet">{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</p>
  );
}
