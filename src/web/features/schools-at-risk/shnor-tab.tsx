import { Flex, Form, InputNumber, Tag, Tooltip } from 'antd';
import { schoolsAtRiskApi, type ShnorListView, type ShnorParams, type ShnorSchoolView } from '../../api/schools-at-risk-api.ts';
import { PROCEDURE_LABELS } from '../../../domain/schools-at-risk/assessment-results.ts';
import { SHNOR_DEFAULTS } from '../../../domain/schools-at-risk/low-results-list.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { RiskTab } from './risk-tab.tsx';
import { ShnorEvidence } from './shnor-evidence.tsx';

const pct = (v: number | null) => (v === null ? 'нет данных' : `${formatNumber(v, 1)} %`);

/** The ШНОР tab: the rule's parameters, the year, the schools with their evidence; the list can be saved as a group. */
export function ShnorTab({ territoryId }: { territoryId: number }) {
  return (
    <RiskTab<ShnorParams, ShnorSchoolView, ShnorListView>
      list="shnor"
      territoryId={territoryId}
      defaults={SHNOR_DEFAULTS}
      load={(periodId, params, signal) => schoolsAtRiskApi.shnor(territoryId, periodId, params, signal)}
      fields={
        <>
          <Form.Item
            name="thresholdPercent"
            label="Низкий результат: не менее, %"
            tooltip="Доля «2» (ВПР) или не преодолевших минимальный порог (ОГЭ, ЕГЭ, НИКО) среди участников, 004 §1.1"
          >
            <InputNumber min={1} max={100} decimalSeparator="," style={{ width: 80 }} data-testid="shnor-threshold" />
          </Form.Item>
          <Form.Item
            name="minParticipants"
            label="Участников не менее (правило органа управления)"
            tooltip="В методике (004 §1.1) минимальной численности участников нет: пусто — без минимума. Если задать число, меньшие группы показываются, но не отмечаются; это собственное правило органа управления, оно указывается в доказательствах"
          >
            <InputNumber min={1} max={1000} precision={0} placeholder="нет" style={{ width: 70 }} data-testid="shnor-min-participants" />
          </Form.Item>
          <Form.Item name="minLowYears" label="Низких лет не менее">
            <InputNumber min={1} max={10} precision={0} style={{ width: 60 }} data-testid="shnor-min-years" />
          </Form.Item>
          <Form.Item name="windowYears" label="из последних лет">
            <InputNumber min={1} max={10} precision={0} style={{ width: 60 }} data-testid="shnor-window" />
          </Form.Item>
          <Form.Item
            name="objectivityGapPercent"
            label="Расхождение с журналом от, %"
            tooltip="Понижено + повышено отметок от сравненных с отметкой по журналу: сигнал необъективности"
          >
            <InputNumber min={1} max={100} decimalSeparator="," style={{ width: 80 }} data-testid="shnor-gap" />
          </Form.Item>
        </>
      }
      isFlagged={(s) => s.stablyLow}
      summary={(data, flagged) =>
        `${data.territory.name}, ${data.period?.code}: ШНОР — ${flagged.length} ${pluralRu(flagged.length, 'школа', 'школы', 'школ')} из ${data.schoolsTotal}`
      }
      noData="нет результатов оценочных процедур"
      noneFlagged="Правила не отмечают ни одной школы"
      columns={(data) => [
        {
          title: 'Вывод',
          width: 150,
          render: (_, s) =>
            s.stablyLow ? <Tag color="red">ШНОР</Tag> : s.noResults ? <Tag>нет результатов</Tag> : <Tag color="green">не отмечена</Tag>,
        },
        { title: 'Низкие годы', width: 110, render: (_, s) => `${s.lowYears.length} из ${s.years.length}` },
        {
          title: 'Доля низких результатов по годам',
          render: (_, s) => (
            <Flex gap={4} wrap data-testid="shnor-trend">
              {s.years.map((y) => (
                <Tooltip
                  key={y.year}
                  title={`Доля за год: ${y.low} из ${y.participants} результатов участников по всем процедурам; год отмечен, если хотя бы одна процедура дала не менее ${data?.params.thresholdPercent ?? 30} %; низких результатов: ${y.lowResults}`}
                >
                  <Tag color={y.isLow ? 'red' : undefined}>
                    {y.label}: {pct(y.lowShare)}
                    {y.lowSummary ? ` — ${y.lowSummary}` : ''}
                  </Tag>
                </Tooltip>
              ))}
            </Flex>
          ),
        },
        { title: 'Процедуры', width: 120, render: (_, s) => s.procedures.join(', ') || '—' },
        {
          title: 'Объективность',
          width: 170,
          render: (_, s) => {
            const signals = s.years.flatMap((y) => y.objectivity.filter((o) => o.flagged).map((o) => ({ y, o })));
            return signals.length ? (
              <Flex gap={4} wrap>
                {signals.map(({ y, o }) => (
                  <Tooltip key={`${y.year}-${o.procedure}`} title={o.sentence}>
                    <Tag color="orange" data-testid="objectivity-tag">
                      {PROCEDURE_LABELS[o.procedure]} {y.label}: {formatNumber(o.gapShare, 0)} %
                    </Tag>
                  </Tooltip>
                ))}
              </Flex>
            ) : (
              '—'
            );
          },
        },
      ]}
      evidence={(s) => <ShnorEvidence school={s} />}
    />
  );
}
