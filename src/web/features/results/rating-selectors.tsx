import { Select } from 'antd';
import type { CatalogueSummary, ComparisonSummary, Period } from '../../api/types.ts';
import type { RatingSelection } from '../../lib/rating-selection.ts';

interface RatingSelectorsProps {
  catalogues: CatalogueSummary[];
  periods: Period[];
  comparisons: ComparisonSummary[] | undefined;
  selection: RatingSelection;
  onChange: (next: RatingSelection) => void;
}

/** Methodology, period and comparison pickers of the ratings page. */
export function RatingSelectors({ catalogues, periods, comparisons, selection, onChange }: RatingSelectorsProps) {
  return (
    <div className="rating-selectors">
      <label className="rating-selector rating-selector-wide">
        <span className="muted">Методика</span>
        <Select
          value={selection.catalogueId}
          options={catalogues.map((c) => ({ value: c.id, label: `${c.name} (версия ${c.version})` }))}
          onChange={(catalogueId: number) => onChange({ ...selection, catalogueId, key: null })}
          popupMatchSelectWidth={false}
          data-testid="rating-catalogue"
        />
      </label>
      <label className="rating-selector">
        <span className="muted">Период</span>
        <Select
          value={selection.periodId}
          options={periods.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(periodId: number) => onChange({ ...selection, periodId, key: null })}
          data-testid="rating-period"
        />
      </label>
      <label className="rating-selector rating-selector-wide">
        <span className="muted">Сравнение</span>
        <Select
          value={selection.key}
          loading={comparisons === undefined}
          disabled={!comparisons?.length}
          placeholder="нет рассчитанных рейтингов"
          options={(comparisons ?? []).map((c) => ({ value: c.key, label: c.title }))}
          onChange={(key: string) => onChange({ ...selection, key })}
          popupMatchSelectWidth={false}
          data-testid="rating-comparison"
        />
      </label>
    </div>
  );
}
