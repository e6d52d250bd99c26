import { fieldLabel, type ColumnMapping, type FieldKey } from '../../domain/assessment/column-mapping.ts';
import { subjectLabel } from '../../domain/assessment/subjects.ts';
import type { ApplyResult } from './apply-import.ts';
import type { ImportPreview } from './assessment-imports.ts';
import type { ImportReport } from './read-results.ts';

const percent = (n: number, d: number) => (d === 0 ? '—' : `${((n * 100) / d).toFixed(2).replace('.', ',')} %`);

/** The proposed mapping as lines «поле ← столбец» (what the CLI shows before reading). */
export function mappingLines(preview: ImportPreview, mapping: ColumnMapping): string[] {
  if (preview.template) return ['Книга — шаблон «Информация о результатах ЕГЭ» (листы по годам): столбцы читаются по заголовкам шаблона.'];
  return Object.entries(mapping).map(([k, i]) => `  ${fieldLabel(k as FieldKey)} ← столбец ${i + 1} «${preview.header[i] ?? ''}»`);
}

/** What reading found, in lines for the CLI: counts, problems, matches, the source's own totals. */
export function reportLines(report: ImportReport, limit = 20): string[] {
  const out = [
    `Строк прочитано: ${report.rows}, учтено: ${report.counted}, с ошибками: ${report.errorRows}. Значений к записи: ${report.staged}.`,
  ];
  for (const s of report.summary.slice(0, 40))
    out.push(
      `  ${s.year}, ${s.subject ? subjectLabel(s.subject) : 'все предметы'}: участников ${s.participants}${s.belowMin === null ? '' : `, не преодолели порог ${s.belowMin} (${percent(s.belowMin, s.participants)})`}`,
    );
  if (report.unknownElements.length)
    out.push(
      `Не записываются — таких элементов данных нет в каталогах: ${report.unknownElements.join(', ')}. Загрузите каталоги (soko serve загружает их при запуске) и прочитайте файл снова.`,
    );
  if (report.problems.length) {
    out.push(
      `Замечания (${Object.entries(report.problemCounts)
        .map(([c, n]) => `${c}: ${n}`)
        .join(', ')}):`,
    );
    for (const p of report.problems.slice(0, limit)) out.push(`  ${p.message}`);
    if (report.problems.length > limit) out.push(`  … и ещё ${Object.values(report.problemCounts).reduce((a, b) => a + b, 0) - limit}`);
  }
  const by = (f: (p: ImportReport['places'][number]) => boolean) => report.places.filter(f);
  const found = by((p) => p.orgId !== null && p.by !== null);
  const proposed = by((p) => !(p.orgId !== null && p.by !== null) && p.proposal === 'match');
  const create = by((p) => p.proposal === 'create' && p.orgId === null);
  const skip = by((p) => p.proposal === 'skip' && p.orgId === null);
  out.push(
    `Организации: найдено ${found.length}, предложено сопоставить ${proposed.length}, предложено создать ${create.length}, пропустить ${skip.length}.`,
  );
  for (const p of proposed.slice(0, limit))
    out.push(`  «${p.label}» → «${p.candidates[0]?.name ?? ''}» (сходство ${p.candidates[0]?.similarity.toFixed(2).replace('.', ',')})`);
  for (const p of create.slice(0, limit))
    out.push(`  создать: ${p.level === 'region' ? 'регион' : p.level === 'municipality' ? 'муниципалитет' : 'организация'} «${p.label}»`);
  for (const p of skip.slice(0, limit)) out.push(`  пропустить: «${p.label}» (строк: ${p.rows})`);
  const off = report.totals.filter((t) => !t.agrees);
  if (report.totals.length) out.push(`Строки итогов файла: сверено ${report.totals.length}, расхождений ${off.length}.`);
  for (const t of off.slice(0, limit)) out.push(`  ${t.message}`);
  return out;
}

export function appliedLines(a: ApplyResult): string[] {
  return [
    `Применено: значений ${a.values}, организаций ${a.organisations}, периоды ${a.periods.join(', ')}.`,
    ...(a.created.length
      ? [
          `Создано в реестре: ${a.created.length} (${a.created
            .slice(0, 5)
            .map((c) => `${c.code} «${c.name}»`)
            .join(', ')}${a.created.length > 5 ? ', …' : ''}).`,
        ]
      : []),
    ...(a.skippedPlaces ? [`Пропущено организаций: ${a.skippedPlaces}.`] : []),
  ];
}
