import { judgeContent, type ContentVerdict, type GuardedTextInput } from '@kring/domain';
import { useCallback, useMemo } from 'react';
import { ContentGuardNamesDocument } from '../../graphql/documents/ui-content-guard';
import { useQuery } from '../../graphql/hooks';

/**
 * The content guard on the device (issue #9): the same domain judge as the
 * server, with the names of the viewer's colleagues and the pseudonyms the
 * server hands out. A live contribution or a notebook note is checked before
 * it is sent or kept; the server checks it again, also against the
 * register's real names, which never leave it. Without the names (offline,
 * still loading), BSNs, dates, addresses, phones and e-mail are still found.
 */
export function useContentCheck(): (texts: readonly GuardedTextInput[]) => ContentVerdict {
  const { data } = useQuery(ContentGuardNamesDocument, {});
  const names = data?.contentGuardNames;
  // One object per name list: the domain compiles its name matcher once per object, not on every keystroke.
  const known = useMemo(() => ({ people: names?.people ?? [], allowed: names?.allowed ?? [] }), [names]);
  return useCallback((texts) => judgeContent(texts, known), [known]);
}
