import { Result, Typography } from 'antd';
import { ApiError } from '../../api/api-error.ts';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ResultHeading } from '../../components/result-heading.tsx';
import { CatalogueHeader } from './catalogue-header.tsx';
import { PageNotLoaded } from '../../components/page-not-loaded.tsx';
import { IndicatorCatalogueView } from './indicator-catalogue-view.tsx';
import { MechanismCatalogueView } from './mechanism-catalogue-view.tsx';
import { ScoringZonesTable } from './scoring-zones-table.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { zoneYears } from '../../../domain/catalogue/zone-thresholds.ts';

/** `/catalogues/:id`: one methodology version with its blocks, directions and indicators or positions. */
export function CataloguePage({ catalogueId }: { catalogueId: number }) {
  const { data, error, loading, reload } = useAsyncData((signal) => cataloguesApi.get(catalogueId, signal), [catalogueId]);
  useDocumentTitle(data?.catalogue.name ?? 'Методика');

  if (!data) {
    if (error instanceof ApiError && error.status === 404) {
      return (
        <div className="panel page-panel">
          <Result
            status="404"
            title={<ResultHeading>Методика не найдена</ResultHeading>}
            extra={<AppLink to="/catalogues">Все методики</AppLink>}
          />
        </div>
      );
    }
    return <PageNotLoaded error={error} loading={loading} onRetry={reload} />;
  }

  const { catalogue, dataElements } = data;
  const zones = zoneYears(catalogue.scoring);
  const gapRule = (catalogue.scoring?.gapRule as { rule?: string } | undefined)?.rule;
  return (
    <div className="catalogue-page" data-testid="catalogue-page">
      <div className="panel page-panel">
        <CatalogueHeader detail={data} />
      </div>
      {zones.length > 0 ? (
        <div className="panel page-panel">
          <Typography.Title level={2} className="section-title">
            Пороги зон по годам
          </Typography.Title>
          <ScoringZonesTable years={zones} gapRule={gapRule} />
        </div>
      ) : null}
      {catalogue.kind === 'indicators' ? (
        <IndicatorCatalogueView catalogue={catalogue} dataElements={dataElements} />
      ) : (
        <MechanismCatalogueView catalogue={catalogue} />
      )}
    </div>
  );
}
