import { formatNumber } from '../export/format-ru.ts';
import { pluralRu } from '../export/plural-ru.ts';
import { effectivenessDrafts } from '../cycle/effectiveness-text.ts';
import { clusteringInWords, clusterLabelInWords } from './clustering-words.ts';
import type { ReportContent, ReportSectionKey } from './report-content.ts';

/**
 * First drafts of the report's text sections, written from its numbers. The operator rewrites
 * them in the UI; the numbers themselves stay in the generated tables.
 */
export function draftSections(c: ReportContent): Record<ReportSectionKey, string> {
  const where = c.scope.org ? c.scope.org.name : c.scope.territory.name;
  const what = c.scope.direction ? `по направлению «${c.scope.direction.name}»` : `по методике «${c.catalogue.name}»`;
  const years = c.periods.map((p) => p.name).join(', ');
  const better = c.indicators.filter((i) => i.direction === 'better').length;
  const worse = c.indicators.filter((i) => i.direction === 'worse').length;
  const same = c.indicators.filter((i) => i.direction === 'same').length;
  const noData = c.indicators.filter((i) => i.series[i.series.length - 1] === null).length;
  const objects = c.comparisons.reduce((s, x) => s + x.objectCount, 0);
  const n = c.indicators.length;

  const factors: string[] = [
    `Внешние факторы: тип и местоположение организаций (городская или сельская местность), их размер (контингент).`,
  ];
  for (const t of c.clusters) {
    const scored = t.rows.filter((r) => r.mean !== null);
    if (scored.length < 2) continue;
    const top = scored.reduce((a, b) => ((a.mean ?? 0) >= (b.mean ?? 0) ? a : b));
    const low = scored.reduce((a, b) => ((a.mean ?? 0) <= (b.mean ?? 0) ? a : b));
    factors.push(
      `${t.comparison}, группы ${clusteringInWords(t).name}: средний балл выше в группе «${clusterLabelInWords(top.label)}» (${formatNumber(top.mean ?? 0, 1)}), ниже — в группе «${clusterLabelInWords(low.label)}» (${formatNumber(low.mean ?? 0, 1)}).`,
    );
  }
  factors.push(
    'Внутренние факторы (кадровые, материально-технические, организационные) укажите по данным организаций и материалам рабочей группы.',
  );

  return {
    goals:
      `Цель анализа — оценить результаты ${what} (${c.scope.org ? 'организация' : 'территория'}: ${where}) за ${c.period.name}, выявить дефициты и успешные практики и определить основания для адресных рекомендаций и управленческих решений. ` +
      `Задачи: рассчитать итоговые показатели и баллы организаций; сравнить результаты по годам (${years}); выявить факторы, влияющие на результаты; сформулировать выводы.`,
    directions:
      c.directions
        .map((d) => `${d.name} (${d.indicators.length} ${pluralRu(d.indicators.length, 'показатель', 'показателя', 'показателей')})`)
        .join('; ') + '.',
    final:
      `Проанализировано ${n} ${pluralRu(n, 'показатель', 'показателя', 'показателей')}` +
      (c.scope.org ? '' : ` по ${objects} ${pluralRu(objects, 'организации', 'организациям', 'организациям')}`) +
      `. Значения, статистика по организациям и лучшие и худшие значения приведены в таблице.` +
      (noData ? ` Для ${noData} ${pluralRu(noData, 'показателя', 'показателей', 'показателей')} нет значения за отчётный период.` : ''),
    years:
      c.periods.length > 1
        ? `По сравнению с предыдущим периодом улучшились ${better}, ухудшились ${worse}, не изменились ${same} ${pluralRu(same, 'показатель', 'показателя', 'показателей')} (контекстные показатели не оцениваются).`
        : 'Данных за предыдущие периоды нет: сравнение по годам станет возможным после расчёта результатов следующего периода.',
    factors: factors.join(' '),
    findings: `Выявлено дефицитов: ${c.findings.deficits.length}, успешных практик: ${c.findings.practices.length}. Перечень сформирован по правилам, приведённым в отчёте.`,
    conclusions:
      (worse > 0 ? `Требуют внимания показатели, ухудшившиеся за период (${worse}). ` : '') +
      (c.findings.deficits.length > 0
        ? 'Организациям с выявленными дефицитами рекомендуется адресная методическая поддержка; '
        : 'Существенных дефицитов по правилам отчёта не выявлено; ') +
      (c.findings.practices.length > 0
        ? 'успешные практики рекомендуется распространить через методические объединения.'
        : 'успешные практики не выявлены.'),
    ...(c.effectiveness ? effectivenessDrafts(c.effectiveness) : {}),
  };
}
