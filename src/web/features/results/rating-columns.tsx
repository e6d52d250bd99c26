import { Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { IndicatorCell, MeanCell, StoredRating } from '../../api/types.ts';
import { formatShare } from '../../lib/format-number.ts';
import { comparePlaces } from '../../lib/rating-rows.ts';
import { unitSuffix } from '../../lib/unit-suffix.ts';
import type { RatingRow } from '../../lib/rating-rows.ts';
import type { RatingTarget } from '../../lib/rating-target.ts';
import { IndicatorPageLink } from './indicator-page-link.tsx';
import { OutcomeText } from './outcome-text.tsx';
import { RatingCellButton } from './rating-cell-button.tsx';
import { ResultCardLink } from './result-card-link.tsx';
import { ZoneTag } from './zone-tag.tsx';

type Columns = TableColumnsType<RatingRow>;
type Explain = (target: RatingTarget) => void;

const placeText = (cell: MeanCell | IndicatorCell | undefined) => cell?.place?.label ?? <span className="muted">—</span>;

function groupTitle(text: string, hint: string) {
  return (
    <Tooltip title={hint}>
      <span className="rating-group-title">{text}</span>
    </Tooltip>
  );
}

function summaryColumns(explain: Explain, hasZones: boolean): Columns {
  const open = (row: RatingRow) => () => explain({ kind: 'summary', objectId: row.id });
  const columns: Columns = [
    {
      title: 'Балл',
      key: 'summary-score',
      width: 76,
      align: 'right',
      render: (_: unknown, row) => (
        <RatingCellButton onClick={open(row)} testId="rating-summary-score">
          <OutcomeText outcome={row.summary?.score} />
        </RatingCellButton>
      ),
    },
    {
      title: 'Место',
      key: 'summary-place',
      width: 78,
      align: 'center',
      defaultSortOrder: 'ascend',
      sorter: (a, b) => comparePlaces(a.summary?.place, b.summary?.place),
      render: (_: unknown, row) => (
        <RatingCellButton onClick={open(row)} testId="rating-place">
          {placeText(row.summary)}
        </RatingCellButton>
      ),
    },
  ];
  if (hasZones) {
    columns.push({
      title: 'Зона',
      key: 'summary-zone',
      width: 104,
      render: (_: unknown, row) => (
        <RatingCellButton onClick={open(row)} testId="rating-zone">
          <ZoneTag zone={row.summary?.zone} />
        </RatingCellButton>
      ),
    });
  }
  columns.push({
    title: 'Полнота',
    key: 'summary-completeness',
    width: 84,
    align: 'right',
    render: (_: unknown, row) => {
      const c = row.summary?.completeness;
      if (!c) return <span className="muted">—</span>;
      return (
        <Tooltip title={`Есть баллы: ${c.scored} из ${c.applicable} (всего ${c.total})`}>
          <span className={c.share < 1 ? 'rating-incomplete' : undefined}>{formatShare(c.share)}</span>
        </Tooltip>
      );
    },
  });
  return columns;
}

function indicatorColumns(ind: StoredRating['indicators'][number], explain: Explain): Columns {
  const open = (row: RatingRow) => () => explain({ kind: 'indicator', objectId: row.id, code: ind.code });
  return [
    {
      title: <IndicatorPageLink code={ind.code}>{groupTitle(ind.code, ind.name)}</IndicatorPageLink>,
      key: `indicator-${ind.code}`,
      children: [
        {
          title: 'Значение',
          key: `indicator-${ind.code}-value`,
          width: 104,
          align: 'right',
          render: (_: unknown, row) => (
            <RatingCellButton onClick={open(row)}>
              <OutcomeText outcome={row.indicators[ind.code]?.value} unit={unitSuffix(ind.unit)} />
            </RatingCellButton>
          ),
        },
        {
          title: 'Балл',
          key: `indicator-${ind.code}-score`,
          width: 76,
          align: 'right',
          render: (_: unknown, row) => (
            <RatingCellButton onClick={open(row)} testId="rating-indicator-score">
              <OutcomeText outcome={row.indicators[ind.code]?.score} />
            </RatingCellButton>
          ),
        },
        {
          title: 'Место',
          key: `indicator-${ind.code}-place`,
          width: 70,
          align: 'center',
          sorter: (a, b) => comparePlaces(a.indicators[ind.code]?.place, b.indicators[ind.code]?.place),
          render: (_: unknown, row) => <RatingCellButton onClick={open(row)}>{placeText(row.indicators[ind.code])}</RatingCellButton>,
        },
      ],
    },
  ];
}

function directionColumns(content: StoredRating, explain: Explain, showIndicators: boolean): Columns {
  return content.rating.directions.map((d) => {
    const name = content.directions.find((x) => x.code === d.code)?.name ?? d.code;
    const open = (row: RatingRow) => () => explain({ kind: 'direction', objectId: row.id, code: d.code });
    const own: Columns = [
      {
        title: 'Балл',
        key: `direction-${d.code}-score`,
        width: 76,
        align: 'right',
        render: (_: unknown, row) => (
          <RatingCellButton onClick={open(row)}>
            <OutcomeText outcome={row.directions[d.code]?.score} />
          </RatingCellButton>
        ),
      },
      {
        title: 'Место',
        key: `direction-${d.code}-place`,
        width: 70,
        align: 'center',
        sorter: (a, b) => comparePlaces(a.directions[d.code]?.place, b.directions[d.code]?.place),
        render: (_: unknown, row) => <RatingCellButton onClick={open(row)}>{placeText(row.directions[d.code])}</RatingCellButton>,
      },
    ];
    const indicators = showIndicators ? content.indicators.filter((i) => i.directions.includes(d.code)) : [];
    return {
      title: groupTitle(name, `${d.code}. ${name}`),
      key: `direction-${d.code}`,
      className: 'rating-direction-group',
      children: [...own, ...indicators.flatMap((ind) => indicatorColumns(ind, explain))],
    };
  });
}

/** Columns of the rating table: the object, the summary, each direction and (optionally) its indicators. */
export function buildRatingColumns(content: StoredRating, explain: Explain, showIndicators: boolean): Columns {
  const hasZones = Object.values(content.rating.summary).some((c) => c.zone !== undefined);
  return [
    {
      title: 'Объект',
      key: 'name',
      fixed: 'left',
      width: 260,
      sorter: (a, b) => a.name.localeCompare(b.name, 'ru'),
      render: (_: unknown, row) => (
        <ResultCardLink orgId={row.id} className="rating-object" data-testid="rating-object">
          {row.name}
        </ResultCardLink>
      ),
    },
    { title: 'Итог', key: 'summary', children: summaryColumns(explain, hasZones) },
    ...directionColumns(content, explain, showIndicators),
  ];
}
