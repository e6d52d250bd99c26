import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { AppError } from '../../app/app-error.ts';
import { readCsvGrid, readXlsxGrid, type Grid } from '../../app/tables/read-grid.ts';

/** Reads a table file by its extension (.xlsx or .csv). */
export async function readGrid(path: string): Promise<Grid> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new AppError('import_invalid', `Файл «${path}»: нужна таблица .xlsx или .csv.`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('import_invalid', `Файл «${path}» не найден или не читается.`);
  }
  if (ext === '.csv') return readCsvGrid(bytes, basename(path));
  return readXlsxGrid(
    bytes,
    `Файл «${path}» — не книга XLSX (повреждён или другого формата). Сохраните его из Excel или LibreOffice как .xlsx.`,
  );
}
