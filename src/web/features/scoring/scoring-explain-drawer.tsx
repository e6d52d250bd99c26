import { Descriptions, Drawer, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { IndexNumber } from '../../api/scoring-api.ts';
import { calculationLines, explainedText, type ExplainTarget } from '../../lib/scoring-explain.ts';

function numberItems(n: IndexNumber, unit: ExplainTarget['unit'], prefix: string): DescriptionsProps['items'] {
  const text = explainedText(n, unit);
  return [
    {
      key: `${prefix}value`,
      label: 'Значение',
      children: text ?? <span className="muted">не рассчитано: {n.reason ?? 'нет данных'}</span>,
    },
    { key: `${prefix}rule`, label: 'Правило', children: n.rule || '—' },
    {
      key: `${prefix}calc`,
      label: 'Расчёт',
      children: n.calculation ? (
        <ul className="plain-list" style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
          {calculationLines(n.calculation).map((line, i) => (
            <li key={i} className="mono" style={{ wordBreak: 'break-word' }}>
              {line}
            </li>
          ))}
        </ul>
      ) : (
        '—'
      ),
    },
  ];
}

/** «Как получено» for a number of the 9-step index: its value, the rule of its step and the arithmetic. */
export function ScoringExplainDrawer({ target, onClose }: { target: ExplainTarget | null; onClose: () => void }) {
  return (
    <Drawer title="Как получено" open={target !== null} onClose={onClose} size={600} destroyOnHidden data-testid="scoring-explain">
      {target ? (
        <div className="explain-body">
          <Typography.Title level={2} className="explain-object" data-testid="explain-object">
            {target.object}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="explain-what">
            {target.what}
          </Typography.Text>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={numberItems(target.number, target.unit, '')}
            className="value-explanation"
            data-testid="explain-number"
          />
          {target.basis ? (
            <>
              <Typography.Text type="secondary">{target.basis.what}</Typography.Text>
              <Descriptions
                column={1}
                size="small"
                bordered
                items={numberItems(target.basis.number, 'points', 'basis-')}
                className="value-explanation"
                data-testid="explain-basis"
              />
            </>
          ) : null}
        </div>
      ) : null}
    </Drawer>
  );
}
