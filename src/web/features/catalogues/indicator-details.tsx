import { Alert, Descriptions, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { DataElement, Indicator } from '../../api/types.ts';
import { formulaCodes } from '../../lib/formula-codes.ts';
import { DataElementsTable } from './data-elements-table.tsx';

interface IndicatorDetailsProps {
  indicator: Indicator;
  elements: ReadonlyMap<string, DataElement>;
  indicators: ReadonlyMap<string, Indicator>;
  directionNames: ReadonlyMap<string, string>;
}

/** The expanded row of an indicator: formula, its data elements, the source passage and the note. */
export function IndicatorDetails({ indicator, elements, indicators, directionNames }: IndicatorDetailsProps) {
  const codes = formulaCodes(indicator.formula);
  const items: DescriptionsProps['items'] = [
    {
      key: 'formula',
      label: 'Формула',
      children: (
        <>
          <code className="formula" data-testid="indicator-formula">
            {indicator.formula}
          </code>
          {codes.error ? <Alert type="warning" showIcon className="formula-error" title={`Формула не разобрана: ${codes.error}`} /> : null}
        </>
      ),
    },
  ];
  if (codes.elements.length > 0) {
    items.push({
      key: 'elements',
      label: 'Элементы данных',
      children: <DataElementsTable elements={codes.elements.map((code) => ({ code, element: elements.get(code) }))} />,
    });
  }
  if (codes.indicators.length > 0) {
    items.push({
      key: 'indicators',
      label: 'Использует показатели',
      children: (
        <ul className="plain-list">
          {codes.indicators.map((code) => (
            <li key={code}>
              <span className="mono">{code}</span> — {indicators.get(code)?.name ?? <Tag color="warning">нет в методике</Tag>}
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (indicator.directions.length > 1) {
    items.push({
      key: 'directions',
      label: 'Направления',
      children: (
        <ul className="plain-list">
          {indicator.directions.map((code) => (
            <li key={code}>
              <span className="mono">{code}</span> — {directionNames.get(code) ?? code}
            </li>
          ))}
        </ul>
      ),
    });
  }
  items.push({ key: 'source', label: 'Источник', children: indicator.source });
  if (indicator.note) items.push({ key: 'note', label: 'Примечание', children: indicator.note });

  return (
    <div className="indicator-details" data-testid="indicator-details">
      <Descriptions
        size="small"
        bordered
        column={1}
        items={items}
        styles={{ label: { whiteSpace: 'nowrap', width: '1%', verticalAlign: 'top' }, content: { background: '#fff' } }}
      />
    </div>
  );
}
