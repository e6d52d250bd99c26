import { Select, Typography } from 'antd';
import type { ClusteringsView } from '../../api/types.ts';

interface RatingClusterSelectorsProps {
  view: ClusteringsView | undefined;
  clustering: string | null;
  cluster: string | null;
  onChange: (next: { clustering: string | null; cluster: string | null }) => void;
}

/**
 * Clustering and cluster pickers of the ratings page: «весь рейтинг» or the rating within one
 * cluster; a clustering that does not apply to the comparison is shown disabled with the reason.
 */
export function RatingClusterSelectors({ view, clustering, cluster, onChange }: RatingClusterSelectorsProps) {
  const chosen = view?.clusterings.find((c) => c.key === clustering);
  return (
    <div className="rating-cluster-selectors">
      <div className="rating-selectors">
        <label className="rating-selector">
          <span className="muted">Кластеризация</span>
          <Select<string>
            value={clustering ?? undefined}
            allowClear
            loading={view === undefined}
            disabled={view === undefined}
            placeholder="весь рейтинг, без кластеров"
            options={(view?.clusterings ?? []).map((c) => ({
              value: c.key,
              label: c.unavailable ? `${c.label} — недоступно` : c.label,
              disabled: Boolean(c.unavailable),
              title: c.unavailable ?? c.description,
            }))}
            onChange={(value) => onChange({ clustering: value ?? null, cluster: null })}
            popupMatchSelectWidth={false}
            data-testid="rating-clustering"
          />
        </label>
        <label className="rating-selector rating-selector-wide">
          <span className="muted">Кластер</span>
          <Select<string>
            value={cluster ?? undefined}
            allowClear
            disabled={!chosen}
            placeholder={chosen ? 'выберите кластер' : 'сначала выберите кластеризацию'}
            options={(chosen?.clusters ?? []).map((c) => ({ value: c.key, label: `${c.label} (${c.members})` }))}
            onChange={(value) => onChange({ clustering, cluster: value ?? null })}
            popupMatchSelectWidth={false}
            data-testid="rating-cluster"
          />
        </label>
      </div>
      {chosen ? (
        <Typography.Text type="secondary" className="rating-cluster-description" data-testid="rating-clustering-description">
          {chosen.description}
        </Typography.Text>
      ) : null}
    </div>
  );
}
