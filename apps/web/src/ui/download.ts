import { INTERNAL_ERROR } from '@kring/domain';
import { useCallback, useState } from 'react';
import { asGraphqlError, GraphqlError } from '../graphql/client';
import i18n, { currentLanguage } from '../i18n';

/** Hands content to the browser as a file to save, without leaving the page. */
export function saveFile(filename: string, content: BlobPart, type: string): void {
  // Text is always sent as UTF-8, so names like Zoë survive the download.
  const url = URL.createObjectURL(new Blob([content], { type: typeof content === 'string' ? `${type};charset=utf-8` : type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Released a while later: some browsers still read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file to save: its name may come with the content (as with the API's PDF routes). */
export interface DownloadFile {
  filename: string;
  content: BlobPart;
}

/** The name in a `Content-Disposition: attachment` header (RFC 6266: `filename*` in UTF-8 first), or null. */
export function attachmentName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed encoding: fall back to the plain name below.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  return plain ? (plain[1] ?? plain[2]) : null;
}

/**
 * A file the API serves at a path (the PDF routes), with the session cookie and the screen's language. The route
 * names the file; a refusal comes back as a short readable text in that language, which becomes the error shown.
 */
export async function fileAt(path: string): Promise<DownloadFile> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'include', headers: { 'Accept-Language': currentLanguage() } });
  } catch {
    throw new GraphqlError(i18n.t('errors.network'), 'NETWORK');
  }
  if (!response.ok) {
    const readable = response.headers.get('Content-Type')?.startsWith('text/plain') ? (await response.text()).trim() : '';
    throw new GraphqlError(readable || INTERNAL_ERROR[currentLanguage()], response.status === 404 ? 'NOT_FOUND' : 'INTERNAL');
  }
  const filename = attachmentName(response.headers.get('Content-Disposition')) ?? path.slice(path.lastIndexOf('/') + 1);
  return { filename, content: await response.blob() };
}

interface DownloadState {
  busy: boolean;
  done: boolean;
  error?: GraphqlError;
}

/**
 * Every export the web offers: asks for the content (a GraphQL call, or a route through `fileAt`), then saves it
 * as a file without leaving the page; a refusal lands in `error`, to show next to the button.
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ busy: false, done: false });
  const download = useCallback(async (fetchFile: () => Promise<DownloadFile>, type: string) => {
    setState({ busy: true, done: false });
    try {
      const { filename, content } = await fetchFile();
      saveFile(filename, content, type);
      setState({ busy: false, done: true });
    } catch (error) {
      setState({ busy: false, done: false, error: asGraphqlError(error) });
    }
  }, []);
  return [download, state] as const;
}
