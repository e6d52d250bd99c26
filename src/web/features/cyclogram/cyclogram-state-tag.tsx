import { Tag } from 'antd';
import { STAGE_STATE_NAMES, type StageState } from '../../../domain/collection/cyclogram.ts';

const COLORS: Record<StageState, string> = { planned: 'default', current: 'processing', done: 'green', overdue: 'red' };

/** «Запланирован», «Идёт», «Выполнен», «Просрочен» (red). */
export function CyclogramStateTag({ state }: { state: StageState }) {
  return (
    <Tag color={COLORS[state]} data-testid="cyclogram-state" data-state={state} style={{ marginInlineEnd: 0 }}>
      {STAGE_STATE_NAMES[state]}
    </Tag>
  );
}
