import { Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import type { CatalogueSummary } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CatalogueCounts } from './catalogue-counts.tsx';
import { CatalogueExportButton } from './catalogue-export-button.tsx';
import { CatalogueImportButton } from './catalogue-import-button.tsx';
import { CatalogueKindTag } from './catalogue-kind-tag.tsx';
import { CatalogueValidity } from './catalogue-validity.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { catalogueCodeHint } from '../../lib/catalogue-option.ts';
import { CATALOGUE_IMPORT_ROLES, CATALOGUE_ORIGIN_LABELS } from '../../lib/labels.ts';

/** Ids of the newest version of each code (the list has the newest version of each code first). */
function latestIds(items: CatalogueSummary[]): Set<number> {
  const seen = new Set<string>();
  const ids = new Set<number>();
  for (const item of items) {
    if (seen.has(item.code)) continue;
    seen.add(item.code);
    ids.add(item.id);
  }
  return ids;
}

function buildColumns(latest: Set<number>): TableColumnsType<CatalogueSummary> {
  return [
    {
      title: 'Наименование',
      dataIndex: 'name',
      key: 'name',
      render: (name: string, c) => (
        <div className="catalogue-name-cell">
          <AppLink to={`/catalogues/${c.id}`} data-testid="catalogue-link">
            {name}
          </AppLink>
          {latest.has(c.id) ? null : <Tag className="catalogue-tag">прежняя версия</Tag>}
        </div>
      ),
    },
    {
      // The code is for specialists: in the tooltip of the version, not in the list.
      title: 'Версия',
      dataIndex: 'version',
      key: 'version',
      width: 96,
      render: (version: number, c) => (
        <Tooltip title={catalogueCodeHint(c)}>
          <span className="catalogue-version" tabIndex={0} data-testid="catalogue-version">
            версия {version}
          </span>
        </Tooltip>
      ),
      sorter: (a, b) => a.name.localeCompare(b.name, 'ru') || a.version - b.version,
    },
    {
      title: 'Вид',
      dataIndex: 'kind',
      key: 'kind',
      width: 116,
      render: (kind: CatalogueSummary['kind']) => <CatalogueKindTag kind={kind} />,
      filters: [
        { value: 'indicators', text: 'показатели' },
        { value: 'mechanisms', text: 'механизмы управления' },
      ],
      onFilter: (value, c) => c.kind === value,
    },
    {
      title: 'Действует',
      key: 'validity',
      width: 124,
      render: (_: unknown, c) => <CatalogueValidity validFrom={c.validFrom} validTo={c.validTo} />,
      sorter: (a, b) => a.validFrom.localeCompare(b.validFrom),
    },
    { title: 'Состав', key: 'counts', width: 132, render: (_: unknown, c) => <CatalogueCounts summary={c} /> },
    {
      title: 'Происхождение',
      dataIndex: 'origin',
      key: 'origin',
      width: 128,
      render: (origin: CatalogueSummary['origin'], c) => (
        <Tooltip title={`Загружена ${formatDateTime(c.loadedAt)}`}>
          <span>{CATALOGUE_ORIGIN_LABELS[origin]}</span>
        </Tooltip>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 156,
      render: (_: unknown, c) => <CatalogueExportButton catalogueId={c.id} compact />,
    },
  ];
}

/** `/catalogues`: every methodology version, with download and (admin, regional operator) upload from Excel. */
export function CataloguesPage() {
  const { user } = useSession();
  const { data, error, loading, reload } = useAsyncData((signal) => cataloguesApi.list(signal), []);
  const canImport = CATALOGUE_IMPORT_ROLES.has(user.role);
  const columns = useMemo(() => buildColumns(latestIds(data ?? [])), [data]);

  return (
    <div className="panel page-panel">
      <PageTitle title="Методики" extra={canImport ? <CatalogueImportButton onImported={reload} /> : null} />
      <Typography.Paragraph type="secondary" className="page-hint">
        Каталоги показателей и механизмов управления качеством образования. Чтобы исправить методику, выгрузите её в Excel, внесите
        изменения и загрузите книгу как новую версию
        {canImport ? '.' : ' (загрузка доступна администратору и региональному оператору).'}
      </Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table<CatalogueSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data ?? []}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        className="catalogues-table"
        data-testid="catalogues-table"
      />
    </div>
  );
}
