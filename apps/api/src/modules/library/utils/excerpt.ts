/** About two lines in a list of sources to share. */
const EXCERPT_LENGTH = 160;

/**
 * The start of a text, so two lessons of one session can be told apart: the
 * whole text when it is short enough, else cut before the last word that does
 * not fit whole, with an ellipsis.
 */
export function excerptOf(body: string): string {
  return body.length <= EXCERPT_LENGTH ? body : `${body.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …`;
}
