import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { CardPeriod, OrgCardView, Outcome } from '../../api/types.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { cardRows, changeUnit, placeOf, type CardRow, type Change } from '../../lib/result-card.ts';
import { unitSuffix } from '../../lib/unit-suffix.ts';
import { OutcomeText } from './outcome-text.tsx';
import { ZoneTag } from './zone-tag.tsx';

interface ResultCardTableProps {
  card: OrgCardView;
  period: CardPeriod;
  /** The indicator shown in the chart (its row is highlighted); a click on a row picks another. */
  selected: string | null;
  onSelect: (code: string) => void;
}

const dash = <span className="muted">—</span>;

function ChangeText({ change, unit }: { change: Change | null; unit: string }) {
  if (!change) return dash;
  const icon = change.delta > 0 ? <ArrowUpOutlined /> : change.delta < 0 ? <ArrowDownOutlined /> : <MinusOutlined />;
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '';
  const hint = change.verdict === 'neutral' ? 'без оценки' : change.verdict === 'better' ? 'улучшение' : 'ухудшение';
  return (
    <Tooltip title={`По сравнению с ${change.since}: ${hint}`}>
      <span className={`result-change result-change-${change.verdict}`} data-testid="result-change">
        {icon} {sign}
        {formatNumber(Math.abs(change.delta))}
        {unit ? <span className="rating-unit"> {unit}</span> : null}
      </span>
    </Tooltip>
  );
}

function scoreOf(row: CardRow): Outcome | null | undefined {
  switch (row.kind) {
    case 'summary':
      return row.period.summary?.score;
    case 'direction':
      return row.period.directions.find((d) => d.code === row.code)?.score;
    case 'indicator':
      return row.value.score;
  }
}

function placeText(row: CardRow): string | null {
  switch (row.kind) {
    case 'summary':
      return placeOf(row.period.summary?.place);
    case 'direction':
      return placeOf(row.period.directions.find((d) => d.code === row.code)?.place);
    case 'indicator':
      return placeOf(row.value.place);
  }
}

function nameCell(row: CardRow) {
  switch (row.kind) {
    case 'summary':
      return <span className="result-row-title">Сводный балл</span>;
    case 'direction':
      return (
        <Tooltip title={`${row.code}. ${row.name}`} placement="topLeft">
          <span className="result-row-title result-name-clamp">{row.name}</span>
        </Tooltip>
      );
    case 'indicator':
      return (
        <Tooltip title={row.indicator.name} placement="topLeft" mouseEnterDelay={0.4}>
          <span className="result-name-clamp">
            <span className="muted result-code">{row.indicator.code}</span> {row.indicator.name}
          </span>
        </Tooltip>
      );
  }
}

const unitOf = (row: CardRow) => (row.kind === 'indicator' ? unitSuffix(row.indicator.unit) : '');

function buildColumns(card: OrgCardView, period: CardPeriod): TableColumnsType<CardRow> {
  const valueColumn = (title: string, key: string, pick: (row: Extract<CardRow, { kind: 'indicator' }>) => Outcome | null) => ({
    title,
    key,
    width: 104,
    align: 'right' as const,
    render: (_: unknown, row: CardRow) =>
      row.kind === 'indicator' ? <OutcomeText outcome={pick(row) ?? undefined} unit={unitOf(row)} /> : null,
  });
  const columns: TableColumnsType<CardRow> = [
    { title: 'Показатель', key: 'name', render: (_: unknown, row) => nameCell(row) },
    valueColumn('Значение', 'value', (row) => row.value.value),
  ];
  if (card.municipality) columns.push(valueColumn('Муниципалитет', 'municipality', (row) => row.value.municipality));
  if (card.region) columns.push(valueColumn('Регион', 'region', (row) => row.value.region));
  columns.push(
    {
      title: 'Балл',
      key: 'score',
      width: 76,
      align: 'right',
      render: (_: unknown, row) => {
        const score = scoreOf(row);
        if (score) return <OutcomeText outcome={score} />;
        if (row.kind === 'indicator' && row.indicator.polarity === 'context') {
          return (
            <Tooltip title="Контекстный показатель: не оценивается баллами">
              <span className="muted">контекст</span>
            </Tooltip>
          );
        }
        return dash;
      },
    },
    {
      title: 'Место',
      key: 'place',
      width: 84,
      align: 'center',
      render: (_: unknown, row) => <span className="rating-number">{placeText(row) ?? dash}</span>,
    },
  );
  if (period.comparison?.zoneYear) {
    columns.push({
      title: 'Зона',
      key: 'zone',
      width: 100,
      render: (_: unknown, row) => (row.kind === 'summary' ? <ZoneTag zone={row.period.summary?.zone ?? undefined} /> : null),
    });
  }
  columns.push({
    title: (
      <Tooltip title="Изменение значения (для направлений и сводного — балла) с предыдущего периода того же вида; зелёным — улучшение с учётом полярности показателя">
        <span>Изменение</span>
      </Tooltip>
    ),
    key: 'change',
    width: 112,
    align: 'right',
    render: (_: unknown, row) => (
      <ChangeText change={row.change} unit={row.kind === 'indicator' ? changeUnit(row.indicator.unit, unitOf(row)) : ''} />
    ),
  });
  return columns;
}

/** All indicators of one period grouped by direction: values, the municipality's and region's, score, place, change. */
export function ResultCardTable({ card, period, selected, onSelect }: ResultCardTableProps) {
  const rows = useMemo(() => cardRows(card, period), [card, period]);
  const columns = useMemo(() => buildColumns(card, period), [card, period]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const expanded = rows.filter((r) => r.kind === 'direction' && !collapsed.has(r.key)).map((r) => r.key);

  return (
    <Table<CardRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      expandable={{
        expandedRowKeys: expanded,
        indentSize: 12,
        onExpand: (open, row) =>
          setCollapsed((prev) => {
            const next = new Set(prev);
            if (open) next.delete(row.key);
            else next.add(row.key);
            return next;
          }),
      }}
      rowClassName={(row) =>
        row.kind === 'indicator'
          ? `result-indicator-row${row.indicator.code === selected ? ' result-row-selected' : ''}`
          : `result-group-row result-${row.kind}-row`
      }
      onRow={(row) => (row.kind === 'indicator' ? { onClick: () => onSelect(row.indicator.code) } : {})}
      className="result-card-table"
      data-testid="result-card-table"
    />
  );
}
