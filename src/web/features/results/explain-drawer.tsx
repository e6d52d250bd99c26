import { Descriptions, Drawer, Tooltip, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { IndicatorCell, MeanCell, StoredRating, SummaryCell } from '../../api/types.ts';
import type { RatingScope } from '../../api/ratings-api.ts';
import { formatShare } from '../../lib/format-number.ts';
import { explanationLines, type ExplanationNames } from '../../lib/explanation-lines.ts';
import type { RatingTarget } from '../../lib/rating-target.ts';
import { unitSuffix } from '../../lib/unit-suffix.ts';
import { IndicatorValueExplanation } from './indicator-value-explanation.tsx';
import { OutcomeText } from './outcome-text.tsx';
import { ZoneTag } from './zone-tag.tsx';

interface ExplainDrawerProps {
  target: RatingTarget | null;
  content: StoredRating;
  scope: RatingScope;
  onClose: () => void;
}

interface Resolved {
  what: string;
  cell: SummaryCell | MeanCell | IndicatorCell | undefined;
  unit?: string;
}

function resolve(target: RatingTarget, content: StoredRating): Resolved {
  const id = String(target.objectId);
  if (target.kind === 'summary') return { what: 'Итоговый балл', cell: content.rating.summary[id] };
  if (target.kind === 'direction') {
    const name = content.directions.find((d) => d.code === target.code)?.name ?? target.code;
    return { what: `Направление ${target.code}. ${name}`, cell: content.rating.directions.find((d) => d.code === target.code)?.cells[id] };
  }
  const ind = content.indicators.find((i) => i.code === target.code);
  return {
    what: `Показатель ${target.code}. ${ind?.name ?? ''}`,
    cell: content.rating.indicators.find((i) => i.code === target.code)?.cells[id],
    unit: ind ? unitSuffix(ind.unit) : undefined,
  };
}

function cellItems({ cell, unit }: Resolved): DescriptionsProps['items'] {
  const items: DescriptionsProps['items'] = [];
  if (cell && 'value' in cell) items.push({ key: 'value', label: 'Значение', children: <OutcomeText outcome={cell.value} unit={unit} /> });
  items.push({ key: 'score', label: 'Балл', children: <OutcomeText outcome={cell?.score} /> });
  items.push({ key: 'place', label: 'Место', children: cell?.place?.label ?? '—' });
  if (cell && 'completeness' in cell) {
    const c = cell.completeness;
    items.push({
      key: 'completeness',
      label: 'Полнота',
      children: `${formatShare(c.share)} (${c.scored} из ${c.applicable}, всего ${c.total})`,
    });
  }
  if (cell && 'zone' in cell && cell.zone) items.push({ key: 'zone', label: 'Зона', children: <ZoneTag zone={cell.zone} /> });
  return items;
}

/** «Как получено»: the explanation of a rating cell and, for an indicator, of its value. */
export function ExplainDrawer({ target, content, scope, onClose }: ExplainDrawerProps) {
  const resolved = target ? resolve(target, content) : null;
  const object = target ? content.objects.find((o) => o.id === target.objectId) : undefined;
  const names: ExplanationNames = {
    objects: new Map(content.objects.map((o) => [String(o.id), o.shortName ?? o.name])),
    directions: new Map(content.directions.map((d) => [d.code, d.name])),
    indicators: new Map(content.indicators.map((i) => [i.code, i.name])),
  };
  return (
    <Drawer title="Как получено" open={target !== null} onClose={onClose} size={640} destroyOnHidden data-testid="explain-drawer">
      {target && resolved ? (
        <div className="explain-body">
          <Typography.Title level={2} className="explain-object" data-testid="explain-object">
            {object?.name ?? `Объект ${target.objectId}`}
          </Typography.Title>
          <Typography.Text type="secondary">{resolved.what}</Typography.Text>
          <Descriptions column={1} size="small" bordered items={cellItems(resolved)} className="explain-cell" />
          <ul className="explain-text" data-testid="explain-text">
            {explanationLines(resolved.cell?.explanation || 'нет пояснения', names).map((line, i) => (
              <li key={i}>
                {line.detail ? (
                  <Tooltip title={line.detail}>
                    <span className="explain-detail" tabIndex={0}>
                      {line.text}
                    </span>
                  </Tooltip>
                ) : (
                  line.text
                )}
              </li>
            ))}
          </ul>
          {target.kind === 'indicator' ? <IndicatorValueExplanation scope={scope} orgId={target.objectId} indicator={target.code} /> : null}
        </div>
      ) : null}
    </Drawer>
  );
}
