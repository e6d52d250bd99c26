import { SearchOutlined } from '@ant-design/icons';
import { Button, Collapse, Empty, Flex, Input, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Catalogue, DataElement, Indicator } from '../../api/types.ts';
import { indicatorsByDirection } from '../../lib/indicators-by-direction.ts';
import { matchIndicator } from '../../lib/match-indicator.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { DirectionGoals } from './direction-goals.tsx';
import { IndicatorsTable } from './indicators-table.tsx';

interface IndicatorCatalogueViewProps {
  catalogue: Catalogue;
  dataElements: DataElement[];
}

/** Blocks → directions (goals, indicators) of an indicators catalogue, with a search by name or code. */
export function IndicatorCatalogueView({ catalogue, dataElements }: IndicatorCatalogueViewProps) {
  const byDirection = useMemo(() => indicatorsByDirection(catalogue), [catalogue]);
  const elements = useMemo(() => new Map(dataElements.map((e) => [e.code, e])), [dataElements]);
  const indicators = useMemo(() => new Map((catalogue.indicators ?? []).map((i) => [i.code, i])), [catalogue]);
  const directions = useMemo(() => catalogue.blocks.flatMap((b) => b.directions), [catalogue]);
  const directionNames = useMemo(() => new Map(directions.map((d) => [d.code, d.name])), [directions]);
  const allCodes = useMemo(() => directions.map((d) => d.code), [directions]);
  const [open, setOpen] = useState<string[]>(allCodes);
  const [query, setQuery] = useState('');

  const matched = useMemo(() => {
    const result = new Map<string, Indicator[]>();
    for (const [code, list] of byDirection)
      result.set(
        code,
        list.filter((i) => matchIndicator(i, query)),
      );
    return result;
  }, [byDirection, query]);
  const found = (catalogue.indicators ?? []).filter((i) => matchIndicator(i, query)).length;
  const total = catalogue.indicators?.length ?? 0;
  const searching = query.trim() !== '';

  const onSearch = (value: string): void => {
    setQuery(value);
    if (value.trim()) setOpen(allCodes);
  };

  return (
    <div className="panel page-panel catalogue-body" data-testid="indicator-catalogue">
      <Flex align="center" gap={12} wrap className="catalogue-toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined className="muted" />}
          placeholder="Поиск показателя по названию или коду"
          value={query}
          onChange={(e) => onSearch(e.target.value)}
          className="catalogue-search"
          data-testid="indicator-search"
        />
        <Typography.Text type="secondary" data-testid="indicator-count">
          {searching ? `Найдено ${found} из ${total}` : `${total} ${pluralRu(total, 'показатель', 'показателя', 'показателей')}`}
        </Typography.Text>
        <Flex gap={8} className="catalogue-toolbar-end">
          <Button size="small" onClick={() => setOpen(allCodes)}>
            Развернуть все
          </Button>
          <Button size="small" onClick={() => setOpen([])}>
            Свернуть все
          </Button>
        </Flex>
      </Flex>
      {searching && found === 0 ? <Empty description="Показатели не найдены" /> : null}
      {catalogue.blocks.map((block) => {
        const visible = block.directions.filter((d) => !searching || (matched.get(d.code)?.length ?? 0) > 0);
        if (visible.length === 0) return null;
        return (
          <section key={block.code} className="catalogue-block">
            <Typography.Title level={2} className="catalogue-block-title">
              <span className="mono">{block.code}</span> {block.name}
            </Typography.Title>
            <Collapse
              size="small"
              activeKey={open}
              onChange={(keys) => setOpen(keys)}
              items={visible.map((d) => {
                const rows = matched.get(d.code) ?? [];
                const all = byDirection.get(d.code)?.length ?? 0;
                return {
                  key: d.code,
                  label: (
                    <span className="direction-label" data-testid="direction-label">
                      <span className="mono">{d.code}</span> {d.name}
                    </span>
                  ),
                  extra: (
                    <span className="direction-extra">
                      {d.optional ? <Tag className="catalogue-tag">необязательное</Tag> : null}
                      {searching ? `${rows.length} из ${all}` : `${all} ${pluralRu(all, 'показатель', 'показателя', 'показателей')}`}
                    </span>
                  ),
                  children: (
                    <>
                      <DirectionGoals goals={d.goals} />
                      {rows.length > 0 ? (
                        <IndicatorsTable
                          directionCode={d.code}
                          rows={rows}
                          elements={elements}
                          indicators={indicators}
                          directionNames={directionNames}
                        />
                      ) : (
                        <Typography.Text type="secondary">В направлении нет показателей.</Typography.Text>
                      )}
                    </>
                  ),
                };
              })}
            />
          </section>
        );
      })}
    </div>
  );
}
