import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

// DejaVu comes with `npm install` (the dejavu-fonts-ttf package): the PDF and the chart pictures
// carry their own Cyrillic font and need nothing from the system.
const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const REPORT_FONTS = {
  serif: join(dir, 'DejaVuSerif.ttf'),
  serifBold: join(dir, 'DejaVuSerif-Bold.ttf'),
  serifItalic: join(dir, 'DejaVuSerif-Italic.ttf'),
  sans: join(dir, 'DejaVuSans.ttf'),
  sansBold: join(dir, 'DejaVuSans-Bold.ttf'),
} as const;
