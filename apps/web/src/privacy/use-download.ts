import { useCallback, useState } from 'react';
import { asGraphqlError, type GraphqlError } from '../graphql/client';

/** Hands text the API returned to the browser as a file to save. */
function saveText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

interface DownloadState {
  busy: boolean;
  done: boolean;
  error?: GraphqlError;
}

/**
 * Exports that come from a GraphQL query (JSON, Markdown) rather than from a
 * link: asks for the text, then saves it as a file; a refusal lands in `error`.
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ busy: false, done: false });
  const download = useCallback(async (fetchText: () => Promise<string>, filename: string, type: string) => {
    setState({ busy: true, done: false });
    try {
      saveText(filename, await fetchText(), type);
      setState({ busy: false, done: true });
    } catch (error) {
      setState({ busy: false, done: false, error: asGraphqlError(error) });
    }
  }, []);
  return [download, state] as const;
}
