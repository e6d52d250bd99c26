import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name.ts';

describe('safeFileName', () => {
  it('replaces what Windows forbids in a file name', () => {
    expect(safeFileName('Рейтинг — 2024/2025')).toBe('Рейтинг — 2024-2025');
    expect(safeFileName('район: школы')).toBe('район, школы');
    expect(safeFileName(' a*b?c"d<e>f|g\\h ')).toBe('a b c d e f g h');
    expect(safeFileName('x'.repeat(200))).toHaveLength(150);
  });
});
