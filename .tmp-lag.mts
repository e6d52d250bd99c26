import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { openResultsSource } from '/work/main/src/app/assessments/results-source.ts';
const wb = new ExcelJS.Workbook();
const sheet = wb.addWorksheet('ОГЭ');
sheet.addRow(['Код ОО', 'Предмет', 'Класс', 'Отметка', 'Первичный балл', 'Год', 'Код участника', 'Примечание']);
for (let r = 1; r <= 10_000; r++) sheet.addRow(['99-01-001', 'Математика', 9, (r % 4) + 2, r % 30, 2025, `P${r}`, '']);
writeFileSync('/tmp/legit.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
for (let run = 0; run < 2; run++) {
  let last = performance.now(); let worst = 0; let worstAt = '';
  let phase = 'start';
  const iv = setInterval(() => { const now = performance.now(); if (now - last - 5 > worst) { worst = now - last - 5; worstAt = phase; } last = now; }, 5);
  const t0 = performance.now();
  (globalThis as any).__phase = (p: string) => { phase = p; console.log(p, Math.round(performance.now() - t0)); };
  await openResultsSource('/tmp/legit.xlsx', 'legit.xlsx');
  clearInterval(iv);
  console.log('run', run, 'total', Math.round(performance.now() - t0), 'worst lag', Math.round(worst), 'during', worstAt);
}
process.exit(0);
