import { AppError } from '../app-error.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/**
 * Decodes a text file: UTF-16 when it starts with its byte-order mark (Excel's «Текст Юникод»),
 * UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1251. A file with NUL bytes and
 * no UTF-16 mark is not text (an .xls workbook, a PDF, an archive) and is refused with what to do.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new AppError(
      'import_invalid',
      'Файл — не текстовая таблица CSV: в нём двоичные данные (похоже на книгу Excel .xls, PDF или архив). Сохраните таблицу как «CSV (разделители — точка с запятой)» или как книгу .xlsx и загрузите снова.',
    );
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}
