import { AppError } from './app-error.ts';

/** Documents people attach (a scanned order, minutes, a report): extension → content type. */
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  txt: 'text/plain',
};

/** The content type of an attached document by its name; refuses other kinds of file. */
export function documentTypeOf(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const type = TYPES[extension];
  if (!type) {
    throw new AppError(
      'unsupported_media_type',
      `Файл «${fileName}»: принимаются документы PDF, Word, Excel, OpenDocument, изображения JPEG и PNG и текст (.pdf, .docx, .doc, .xlsx, .xls, .odt, .ods, .jpg, .png, .txt).`,
    );
  }
  return type;
}
