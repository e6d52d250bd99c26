/**
 * Whether a request path has a `.` or `..` segment, spelt plainly or percent-encoded (`%2e%2e`),
 * or hidden in an encoded segment with a slash or backslash (`..%2f..`). No page or file of the
 * application has one, so such a path is only ever an attempt to leave the UI folder.
 */
export function hasDotSegment(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  for (const raw of path.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      continue; // malformed encoding: the router refuses it on its own
    }
    if (segment.split(/[\\/]/).some((part) => part === '.' || part === '..')) return true;
  }
  return false;
}
