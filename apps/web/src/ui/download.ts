import { useCallback, useState } from 'react';
import { asGraphqlError, type GraphqlError } from '../graphql/client';

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

/** A file to save: its name may come with the content (as with PDFs over GraphQL). */
export interface DownloadFile {
  filename: string;
  content: BlobPart;
}

/** A PDF that came over GraphQL as base64, as a file to save. */
export function pdfFile(file: { filename: string; contentBase64: string }): DownloadFile {
  return { filename: file.filename, content: Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0)) };
}

interface DownloadState {
  busy: boolean;
  done: boolean;
  error?: GraphqlError;
}

/**
 * Exports that come from an API call rather than from a link: asks for the
 * content, then saves it as a file; a refusal lands in `error`.
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
