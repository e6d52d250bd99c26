import { Flex, Input, Switch, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { StoredRating } from '../../api/types.ts';
import { filterRows, ratingRows } from '../../lib/rating-rows.ts';
import type { RatingRow } from '../../lib/rating-rows.ts';
import type { RatingTarget } from '../../lib/rating-target.ts';
import { buildRatingColumns } from './rating-columns.tsx';

interface RatingTableProps {
  content: StoredRating;
  onExplain: (target: RatingTarget) => void;
}

/** The rating of one comparison: a row per object, the summary, directions and, on demand, indicators. */
export function RatingTable({ content, onExplain }: RatingTableProps) {
  const [query, setQuery] = useState('');
  const [showIndicators, setShowIndicators] = useState(false);
  const rows = useMemo(() => ratingRows(content), [content]);
  const visible = useMemo(() => filterRows(rows, query), [rows, query]);
  const columns = useMemo(() => buildRatingColumns(content, onExplain, showIndicators), [content, onExplain, showIndicators]);

  return (
    <>
      <Flex gap={16} align="center" wrap className="rating-toolbar">
        <Input.Search
          allowClear
          placeholder="Поиск по наименованию"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="rating-search"
          data-testid="rating-search"
        />
        <label className="rating-switch">
          <Switch size="small" checked={showIndicators} onChange={setShowIndicators} data-testid="rating-indicators-switch" />
          Показатели по направлениям
        </label>
        <Typography.Text type="secondary" className="rating-count">
          {query.trim() ? `Найдено ${visible.length} из ${rows.length}` : `Объектов: ${rows.length}`}
        </Typography.Text>
      </Flex>
      <Table<RatingRow>
        rowKey="id"
        size="small"
        bordered
        columns={columns}
        dataSource={visible}
        pagination={false}
        scroll={{ x: 'max-content', y: 'calc(100vh - 340px)' }}
        showSorterTooltip={false}
        className="rating-table"
        data-testid="rating-table"
      />
    </>
  );
}
