import type { CSSProperties } from 'react';
import { CYCLE_BLOCK_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { CycleComponentView, CycleDirectionView } from '../../api/cycle-api.ts';
import { capitalize } from '../../lib/capitalize.ts';
import { softHyphens } from '../../lib/soft-hyphens.ts';
import { componentColumns, directionsByBlock, formationText, formedLabel } from '../../lib/cycle-glance.ts';
import { CycleGlanceCell } from './cycle-glance-cell.tsx';

interface CycleGlanceTableProps {
  directions: CycleDirectionView[];
  onOpen: (direction: CycleDirectionView, component: CycleComponentView) => void;
}

const th: CSSProperties = {
  padding: '4px 4px',
  fontSize: 11,
  fontWeight: 500,
  color: 'rgba(0,0,0,0.65)',
  textAlign: 'center',
  verticalAlign: 'bottom',
};
const blockLabel = (block: string | null) =>
  block && block in CYCLE_BLOCK_LABELS ? `${capitalize(CYCLE_BLOCK_LABELS[block as keyof typeof CYCLE_BLOCK_LABELS])} блок` : 'Компоненты';

/** Directions by rows, the nine cycle components by columns (three blocks), with each direction's self and expert index. */
export function CycleGlanceTable({ directions, onOpen }: CycleGlanceTableProps) {
  const columns = componentColumns(directions);
  const count = columns.reduce((n, c) => n + c.components.length, 0);
  return (
    <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 3, tableLayout: 'fixed' }} data-testid="cycle-table">
      <colgroup>
        <col />
        <col style={{ width: 92 }} />
        {Array.from({ length: count }, (_, i) => (
          <col key={i} style={{ width: 74 }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th style={{ ...th, textAlign: 'left' }} rowSpan={2}>
            Направление
          </th>
          <th style={th} rowSpan={2}>
            Индекс
            <br />
            <span style={{ fontWeight: 400 }}>С / Э</span>
          </th>
          {columns.map((c) => (
            <th key={c.block ?? 'none'} colSpan={c.components.length} style={{ ...th, fontSize: 12, borderBottom: '2px solid #d6e4ff' }}>
              {blockLabel(c.block)}
            </th>
          ))}
        </tr>
        <tr>
          {columns.flatMap((c) =>
            c.components.map((x) => (
              <th key={x.code} style={{ ...th, fontWeight: 400, lineHeight: 1.2, overflowWrap: 'anywhere' }} title={x.name}>
                {softHyphens(x.name, 7)}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {directionsByBlock(directions).flatMap((group) => [
          <tr key={`block-${group.blockName}`}>
            <td colSpan={2 + count} style={{ padding: '8px 4px 2px', fontWeight: 600, fontSize: 13 }}>
              {group.blockName}
            </td>
          </tr>,
          ...group.directions.map((d) => (
            <tr key={d.code} data-testid="cycle-row" data-direction={d.code}>
              <td style={{ padding: '2px 4px', fontSize: 12, lineHeight: 1.3 }}>
                <b>{d.code}</b> {d.name}
                <div className="muted" style={{ fontSize: 11 }}>
                  в системе: {formedLabel(d.components)}
                </div>
              </td>
              <td style={{ padding: '2px 4px', fontSize: 12, textAlign: 'center', lineHeight: 1.35 }} data-testid="cycle-index">
                <div title="Индекс направления по самооценке">С: {formationText(d.selfIndex) ?? <span className="muted">—</span>}</div>
                <div title="Индекс направления по экспертной оценке">
                  Э: {formationText(d.expertIndex) ?? <span className="muted">—</span>}
                </div>
              </td>
              {d.components.map((c) => (
                <td key={c.code} style={{ padding: 0 }}>
                  <CycleGlanceCell direction={d.code} component={c} onOpen={() => onOpen(d, c)} />
                </td>
              ))}
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}
