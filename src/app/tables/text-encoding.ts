import { AppError } from '../app-error.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export const BINARY_FILE_MESSAGE =
  'Файл — не текстовая таблица CSV: в нём двоичные данные (похоже на книгу Excel .xls, PDF или архив). Сохраните таблицу как «CSV (разделители — точка с запятой)» или как книгу .xlsx и загрузите снова.';

/**
 * The encoding of a text file from the bytes given (the whole file, or its first chunk when it is
 * streamed): UTF-16 when it starts with its byte-order mark (Excel's «Текст Юникод»), UTF-8 (with
 * or without its mark) when the bytes are valid UTF-8, else Windows-1251. NUL bytes without a
 * UTF-16 mark mean the file is not text (an .xls workbook, a PDF, an archive): refused with what to do.
 */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head.subarray(0, 8192).includes(0)) throw new AppError('import_invalid', BINARY_FILE_MESSAGE);
  try {
    // stream: an incomplete character at the end of a chunk is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}

/** How many bytes of byte-order mark the file starts with in its encoding. */
export function markLength(head: Uint8Array, encoding: TextEncoding): number {
  if (encoding.startsWith('utf-16')) return 2;
  return encoding === 'utf-8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
}
