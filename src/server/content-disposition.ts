/**
 * `Content-Disposition: attachment` for a file name in any script: an ASCII fallback in
 * `filename` and the real name in `filename*` (RFC 6266 with RFC 5987 encoding, UTF-8).
 */
export function attachment(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
