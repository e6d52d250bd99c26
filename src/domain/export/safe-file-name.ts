/** The longest file name written, without its extension (Windows allows 255 for the whole path part). */
export const FILE_NAME_LIMIT = 150;

/**
 * A file name without characters Windows forbids: «2024/2025» → «2024-2025», «район: школы» → «район, школы».
 * A name longer than `limit` is cut at the last whole word that fits (never mid-word), the cut marked «…».
 */
export function safeFileName(name: string, limit = FILE_NAME_LIMIT): string {
  const clean = name
    .replace(/\//g, '-')
    .replace(/\s*:\s*/g, ', ')
    .replace(/[\\*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= limit) return clean;
  const room = clean.slice(0, limit); // one character stays for «…»
  const cut = room.lastIndexOf(' ');
  // one word longer than the limit has no word boundary to cut at
  const head = cut > 0 ? room.slice(0, cut) : room.slice(0, limit - 1);
  return `${head.replace(/[\s,;.—–-]+$/u, '')}…`;
}
