/** Addresses of the mirror conversation pages; Dutch, like the interface's first language. */
export const MIRROR_PATH = '/spiegelgesprekken';

export type MirrorPage = 'gesprek' | 'scherm';

export function mirrorPath(conversationId: string, page?: MirrorPage): string {
  return page ? `${MIRROR_PATH}/${conversationId}/${page}` : `${MIRROR_PATH}/${conversationId}`;
}
