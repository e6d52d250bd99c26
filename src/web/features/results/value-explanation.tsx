import { Alert, Descriptions, Table } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ExplainInput, IndicatorExplanation } from '../../api/types.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { formatNumber } from '../../lib/format-number.ts';

type FormulaPart = Extract<IndicatorExplanation, { kind: 'formula' }>['formula'];
type RollUpPart = Extract<IndicatorExplanation, { kind: 'roll-up' }>['rollUp'];

const ROLL_UP_RULES: Record<RollUpPart['rule'], string> = {
  ratio: 'Σ числителей × 100 / Σ знаменателей',
  quotient: 'Σ числителей / Σ знаменателей',
  share: 'доля организаций со значением 1, %',
  sum: 'сумма значений',
};

const num = (n: number | undefined) => (n === undefined ? '—' : formatNumber(n, 4));

const STATUS_LABELS: Record<string, string> = { accepted: 'принято', demo: 'демо-данные' };

/** Who entered a value and when, as one line. */
function enteredLine(input: ExplainInput | undefined): string {
  if (!input) return '—';
  const who = input.enteredBy ?? input.source;
  const status = STATUS_LABELS[input.status] ?? input.status;
  return `${who}, ${formatDateTime(input.updatedAt)}${status === who ? '' : ` (${status})`}`;
}

function formulaItems(f: FormulaPart, entered: ReadonlyMap<string, ExplainInput>): DescriptionsProps['items'] {
  const items: DescriptionsProps['items'] = [];
  if (f.inputs.length > 0) {
    items.push({
      key: 'inputs',
      label: 'Исходные данные',
      children: (
        <Table
          size="small"
          pagination={false}
          rowKey={(r) => `${r.element}|${r.breakdown}`}
          dataSource={f.inputs}
          columns={[
            { title: 'Элемент', dataIndex: 'element', render: (v: string) => <span className="mono explain-element">{v}</span> },
            { title: 'Разрез', dataIndex: 'breakdown', width: 110, render: (v: string) => v || <span className="muted">всего</span> },
            { title: 'Значение', dataIndex: 'value', width: 110, align: 'right', render: (v: number) => formatNumber(v, 4) },
            {
              title: 'Кто и когда внёс',
              key: 'entered',
              render: (_: unknown, r: { element: string; breakdown: string }) => (
                <span className="muted">{enteredLine(entered.get(`${r.element}|${r.breakdown}`))}</span>
              ),
            },
          ]}
          data-testid="explain-inputs"
        />
      ),
    });
  }
  if (f.indicators.length > 0) {
    items.push({
      key: 'indicators',
      label: 'Использованы показатели',
      children: f.indicators.map((i) => `${i.code} = ${formatNumber(i.value, 4)}`).join('; '),
    });
  }
  if (f.numerator !== undefined || f.denominator !== undefined) {
    items.push({ key: 'numerator', label: 'Числитель', children: num(f.numerator) });
    items.push({ key: 'denominator', label: 'Знаменатель', children: num(f.denominator) });
  }
  return items;
}

function rollUpItems(r: RollUpPart, objectNames: Readonly<Record<string, string>>): DescriptionsProps['items'] {
  const items: DescriptionsProps['items'] = [
    { key: 'rule', label: 'Свод', children: ROLL_UP_RULES[r.rule] },
    { key: 'numerator', label: r.rule === 'sum' ? 'Сумма' : 'Числитель', children: num(r.numerator) },
    { key: 'denominator', label: r.rule === 'sum' ? 'Учтено значений' : 'Знаменатель', children: num(r.denominator) },
    { key: 'used', label: 'Учтено объектов', children: `${r.used} из ${r.total}` },
  ];
  if (r.excluded.length > 0) {
    items.push({
      key: 'excluded',
      label: 'Не учтены',
      children: (
        <ul className="plain-list">
          {r.excluded.map((e) => (
            <li key={e.objectId}>
              {objectNames[String(e.objectId)] ?? `id ${e.objectId}`}: {e.reason}
            </li>
          ))}
        </ul>
      ),
    });
  }
  return items;
}

interface ValueExplanationProps {
  explanation: IndicatorExplanation;
  /** The stored data values behind an organisation's value, with who entered them. */
  inputs?: readonly ExplainInput[];
  /** Names of the objects a roll-up left out, by id. */
  objectNames?: Readonly<Record<string, string>>;
}

/** How an indicator value was computed: the formula, its inputs and divisions, or the roll-up of organisations. */
export function ValueExplanation({ explanation, inputs = [], objectNames = {} }: ValueExplanationProps) {
  const entered = new Map(inputs.map((i) => [`${i.element}|${i.breakdown}`, i]));
  const formula = explanation.kind === 'formula' ? explanation.formula.formula : explanation.formula;
  const items: DescriptionsProps['items'] = [
    {
      key: 'formula',
      label: 'Формула',
      children: (
        <code className="formula" data-testid="explain-formula">
          {formula}
        </code>
      ),
    },
    ...(explanation.kind === 'formula' ? (formulaItems(explanation.formula, entered) ?? []) : []),
    ...(explanation.kind === 'roll-up' ? (rollUpItems(explanation.rollUp, objectNames) ?? []) : []),
  ];
  return (
    <>
      {explanation.kind === 'not-parsed' ? <Alert type="warning" showIcon title={`Формула не разобрана: ${explanation.issue}`} /> : null}
      <Descriptions column={1} size="small" bordered items={items} className="value-explanation" />
    </>
  );
}
