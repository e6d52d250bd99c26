/** A file name without characters Windows forbids: «2024/2025» → «2024-2025», «район: школы» → «район, школы». */
export function safeFileName(name: string): string {
  return name
    .replace(/\//g, '-')
    .replace(/:/g, ',')
    .replace(/[\\*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
}
