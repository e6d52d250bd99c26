/** Windows-1251 bytes of Latin, Cyrillic letters and №: the encoding older exports are written in. */
export function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const c = ch.charCodeAt(0);
      if (c < 128) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (ch === 'ё') return 0xb8;
      if (ch === '№') return 0xb9;
      throw new Error(`no 1251 for ${ch}`);
    }),
  );
}
