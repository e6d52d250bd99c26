import { useEffect } from 'react';

/** Sets the browser tab title as «<title> — СОКО». */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — СОКО` : 'СОКО';
  }, [title]);
}
