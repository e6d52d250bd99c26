import { Table, Tag } from 'antd';
import type { ActionEffect, ActionIndicatorEffect } from '../../api/management-api.ts';
import { EFFECT_TABLE_HEADER, effectRow } from '../../../domain/cycle/effectiveness-text.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';

export const VERDICT_COLORS = {
  effective: 'green',
  as_others: 'gold',
  not_effective: 'red',
  context: 'default',
  no_data: 'default',
} as const;

const byYear = (i: ActionIndicatorEffect, means: (number | null)[]) =>
  i.periods
    .map(
      (p, k) =>
        `${p.name.replace(' учебный год', '').replace(' год', '')}: ${means[k] === null || means[k] === undefined ? '—' : formatNumber(means[k], 2)}`,
    )
    .join('; ');

/** The dynamics of an action's indicators: targeted organisations against comparable untargeted ones. */
export function ActionEffectTable({ action }: { action: ActionEffect }) {
  return (
    <ScrollRegion label="Изменение показателей после мер">
      <Table<ActionIndicatorEffect>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={action.indicators}
        data-testid={`effect-table-${action.id}`}
        scroll={{ x: 900 }}
        columns={[
          ...EFFECT_TABLE_HEADER.slice(0, 5).map((title, k) => ({
            title,
            key: String(k),
            render: (_: unknown, i: ActionIndicatorEffect) => effectRow(i)[k],
          })),
          {
            title: 'По годам: целевые / сопоставимые',
            key: 'years',
            render: (_: unknown, i: ActionIndicatorEffect) => (
              <div style={{ fontSize: 12 }}>
                <div>{byYear(i, i.effect.targeted.means)}</div>
                <div className="muted">{byYear(i, i.effect.untargeted.means)}</div>
              </div>
            ),
          },
          {
            title: EFFECT_TABLE_HEADER[5],
            key: 'verdict',
            width: 220,
            render: (_: unknown, i: ActionIndicatorEffect) => (
              <Tag color={VERDICT_COLORS[i.effect.verdict]} style={{ whiteSpace: 'normal' }}>
                {effectRow(i)[5]}
              </Tag>
            ),
          },
        ]}
      />
    </ScrollRegion>
  );
}
