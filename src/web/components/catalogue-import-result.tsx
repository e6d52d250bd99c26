import { Alert, Button, Result, Spin, Typography } from 'antd';
import { ApiError, errorMessage } from '../api/api-error.ts';
import type { CatalogueImportResult as ImportResult } from '../api/types.ts';
import { importIssues } from '../lib/import-issues.ts';
import { pluralRu } from '../lib/plural-ru.ts';
import { ImportIssuesTable } from './import-issues-table.tsx';

export type ImportState =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string }
  | { status: 'done'; fileName: string; result: ImportResult }
  | { status: 'failed'; fileName: string; error: unknown };

interface CatalogueImportResultProps {
  state: Exclude<ImportState, { status: 'idle' }>;
  onOpen: (id: number) => void;
}

function Failure({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.code === 'catalogue_unchanged') {
    return <Alert type="info" showIcon title="Изменений нет: такая версия методики уже загружена" description={error.message} />;
  }
  const issues = error instanceof ApiError ? importIssues(error.details) : [];
  if (issues.length === 0) return <Alert type="error" showIcon title="Методика не загружена" description={errorMessage(error)} />;
  return (
    <div className="import-issues" data-testid="import-issues">
      <Alert
        type="error"
        showIcon
        title={`Методика не загружена: ${issues.length} ${pluralRu(issues.length, 'ошибка', 'ошибки', 'ошибок')} в книге`}
        description="Ничего не изменено. Исправьте ошибки в книге и загрузите её снова."
      />
      <ImportIssuesTable issues={issues} />
    </div>
  );
}

/** Body of the import dialog: progress, the new version, or every problem found in the workbook. */
export function CatalogueImportResult({ state, onOpen }: CatalogueImportResultProps) {
  switch (state.status) {
    case 'uploading':
      return (
        <div className="import-progress" data-testid="import-progress">
          <Spin size="large" />
          <Typography.Text>Загружаем «{state.fileName}» и проверяем методику…</Typography.Text>
        </div>
      );
    case 'done':
      return (
        <Result
          status="success"
          title={`Загружена версия ${state.result.version} методики`}
          subTitle={`${state.result.code} · файл «${state.fileName}»`}
          extra={
            <Button type="primary" onClick={() => onOpen(state.result.id)}>
              Открыть методику
            </Button>
          }
          data-testid="import-success"
        />
      );
    case 'failed':
      return <Failure error={state.error} />;
  }
}
