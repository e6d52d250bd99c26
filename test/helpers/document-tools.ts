import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Debian's LibreOffice, poppler and tesseract (with Russian) read back the documents the
// application writes. On CI a missing tool is an error; locally those tests are skipped.
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
export const documentToolsPresent = ['soffice', 'pdftotext', 'pdftoppm', 'pdffonts', 'tesseract'].every(has);
export const documentTestsEnabled = documentToolsPresent || Boolean(process.env.CI);

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', timeout: 120_000 });

/** A DOCX converted to PDF by LibreOffice (its own profile, so parallel runs do not collide). */
export function docxToPdf(docx: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'soko-docx-'));
  writeFileSync(join(dir, 'report.docx'), docx);
  run('soffice', [
    `-env:UserInstallation=file://${join(dir, 'profile')}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    join(dir, 'report.docx'),
  ]);
  return readFileSync(join(dir, 'report.pdf'));
}

function inDir(pdf: Buffer): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'soko-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  return { dir, file };
}

/** The text layer of a PDF (poppler's pdftotext, layout kept loosely). */
export const pdfText = (pdf: Buffer): string => run('pdftotext', [inDir(pdf).file, '-']);

/** poppler's description of a PDF: «Tagged: yes», «Title: …», «PDF version: 1.7»… */
export const pdfInfo = (pdf: Buffer): string => run('pdfinfo', [inDir(pdf).file]);

/** poppler's print of a tagged PDF's structure tree: one element a line, indented by depth, with its text. */
export const pdfStructure = (pdf: Buffer): string => run('pdfinfo', ['-struct-text', inDir(pdf).file]);

/** Whether poppler's pdfinfo is here (the PDF checks need only it; on CI a missing tool is an error). */
export const pdfToolsEnabled = has('pdfinfo') || Boolean(process.env.CI);

/** poppler's table of a PDF's fonts: name, type, embedded… */
export const pdfFonts = (pdf: Buffer): string => run('pdffonts', [inDir(pdf).file]);

/** The pages of a PDF drawn as PNG files at the resolution; their paths in page order. */
export function pdfPages(pdf: Buffer, dpi = 150, lastPage = 2): string[] {
  const { dir, file } = inDir(pdf);
  run('pdftoppm', ['-r', String(dpi), '-l', String(lastPage), '-png', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

/** What tesseract reads in a picture with its Russian model. */
export const ocrRussian = (png: string): string => run('tesseract', [png, '-', '-l', 'rus']);

/** Text compared loosely: lower case, ё as е, runs of space as one. */
export const loose = (s: string) => s.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ');
