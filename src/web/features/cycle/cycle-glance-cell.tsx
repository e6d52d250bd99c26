import { CheckOutlined } from '@ant-design/icons';
import type { CycleComponentView } from '../../api/cycle-api.ts';
import { formationText } from '../../lib/cycle-glance.ts';

interface CycleGlanceCellProps {
  direction: string;
  component: CycleComponentView;
  onOpen: () => void;
}

/** One component of a direction's cycle: green when the system holds something forming it, grey when not; the self-assessment (С) and expert (Э) formation below. */
export function CycleGlanceCell({ direction, component: c, onOpen }: CycleGlanceCellProps) {
  const self = formationText(c.selfFormation);
  const expert = formationText(c.expertFormation);
  return (
    <button
      type="button"
      onClick={onOpen}
      title={`${c.name}: ${c.formed ? 'есть в системе' : 'нет в системе'} — подробнее`}
      data-testid="cycle-cell"
      data-direction={direction}
      data-component={c.code}
      data-formed={c.formed ? 'true' : 'false'}
      style={{
        width: '100%',
        minHeight: 46,
        padding: '3px 2px',
        border: `1px solid ${c.formed ? '#95de64' : '#e5e8ee'}`,
        borderRadius: 4,
        background: c.formed ? '#d9f7be' : '#f5f5f5',
        color: c.formed ? '#135200' : '#616161',
        font: 'inherit',
        fontSize: 11,
        lineHeight: 1.3,
        cursor: 'pointer',
      }}
    >
      {/* the name read aloud starts with what the cell is; the visible marks follow (name and text agree) */}
      <span className="visually-hidden">{`${direction}, ${c.name}: ${c.formed ? 'сформирован' : 'не сформирован'}`}</span>
      <div style={{ fontSize: 13 }} aria-hidden="true">
        {c.formed ? <CheckOutlined /> : '—'}
      </div>
      {self !== null ? <div data-testid="cycle-self">С: {self}</div> : null}
      {expert !== null ? <div data-testid="cycle-expert">Э: {expert}</div> : null}
    </button>
  );
}
