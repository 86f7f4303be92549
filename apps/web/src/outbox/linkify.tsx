import type { ReactNode } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;
// A sentence often ends right after a link; its full stop is not part of it.
const TRAILING_PUNCTUATION = /[.,;:!?)]+$/;

/** Plain-text mail body with its web addresses as clickable links. */
export function linkify(text: string): ReactNode[] {
  return text.split(URL_PATTERN).flatMap((part, index) => {
    // split() with a capturing group puts the matches at the odd indexes.
    if (index % 2 === 0) return part ? [part] : [];
    const trailing = part.match(TRAILING_PUNCTUATION)?.[0] ?? '';
    const url = part.slice(0, part.length - trailing.length);
    return [
      <a key={index} href={url}>
        {url}
      </a>,
      ...(trailing ? [trailing] : []),
    ];
  });
}
