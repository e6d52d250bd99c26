import { Flex, Form, InputNumber, Tag, Tooltip } from 'antd';
import { schoolsAtRiskApi, type ShfnsuListView, type ShfnsuSchoolView } from '../../api/schools-at-risk-api.ts';
import { CONDITION_FACTORS, SHFNSU_DEFAULTS } from '../../../domain/schools-at-risk/unfavourable-conditions.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { RiskTab } from './risk-tab.tsx';
import { ShfnsuEvidence } from './shfnsu-evidence.tsx';

type Values = { minFactors: number } & Record<string, number>;
const DEFAULTS: Values = { minFactors: SHFNSU_DEFAULTS.minFactors, ...SHFNSU_DEFAULTS.thresholds };
const STATUS = {
  unfavourable: ['ШФНСУ', 'red'],
  insufficient_data: ['недостаточно данных', 'gold'],
  favourable: ['не отмечена', 'green'],
} as const;

/** The ШФНСУ tab: a threshold per context factor and the number of factors, the schools with each factor's numbers. */
export function ShfnsuTab({ territoryId }: { territoryId: number }) {
  return (
    <RiskTab<Values, ShfnsuSchoolView, ShfnsuListView>
      list="shfnsu"
      territoryId={territoryId}
      defaults={DEFAULTS}
      load={(periodId, { minFactors, ...thresholds }, signal) =>
        schoolsAtRiskApi.shfnsu(territoryId, periodId, { minFactors, thresholds }, signal)
      }
      fields={
        <>
          <Form.Item name="minFactors" label="Факторов не менее">
            <InputNumber min={1} max={CONDITION_FACTORS.length} precision={0} style={{ width: 60 }} data-testid="shfnsu-min-factors" />
          </Form.Item>
          {CONDITION_FACTORS.map((f) => (
            <Form.Item
              key={f.code}
              name={f.code}
              label={`${f.shortName}, от %`}
              tooltip={`${f.name}: ${f.numerator.join(' + ')} / ${f.denominator.join(' + ')}`}
            >
              <InputNumber min={0} max={100} decimalSeparator="," style={{ width: 70 }} data-testid={`shfnsu-threshold-${f.code}`} />
            </Form.Item>
          ))}
        </>
      }
      isFlagged={(s) => s.status === 'unfavourable'}
      summary={(data, flagged) => {
        const undecided = data.schools.filter((s) => s.status === 'insufficient_data').length;
        return `${data.territory.name}, ${data.period?.code}: ШФНСУ — ${flagged.length} ${pluralRu(flagged.length, 'школа', 'школы', 'школ')} из ${data.schoolsTotal}; недостаточно данных — ${undecided}`;
      }}
      noData="нет контекстных данных"
      noneFlagged="Правило не отмечает ни одной школы"
      columns={() => [
        {
          title: 'Вывод',
          width: 170,
          render: (_, s) => <Tag color={STATUS[s.status][1]}>{STATUS[s.status][0]}</Tag>,
        },
        { title: 'Превышено', width: 100, render: (_, s) => `${s.exceeded} из ${s.factors.length}` },
        {
          title: 'Факторы',
          render: (_, s) => (
            <Flex gap={4} wrap data-testid="shfnsu-factors">
              {s.factors
                .filter((f) => f.status !== 'not_exceeded')
                .map((f) => (
                  <Tooltip key={f.code} title={f.sentence}>
                    <Tag color={f.status === 'exceeded' ? 'red' : undefined}>
                      {f.name}:{' '}
                      {f.share === null ? (f.status === 'missing' ? 'нет данных' : 'ошибка в данных') : `${formatNumber(f.share, 1)} %`}
                    </Tag>
                  </Tooltip>
                ))}
            </Flex>
          ),
        },
      ]}
      evidence={(s) => <ShfnsuEvidence school={s} />}
    />
  );
}
