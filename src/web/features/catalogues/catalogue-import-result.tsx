import { Alert, Button, Result, Spin, Typography } from 'antd';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import type { CatalogueImportResult as ImportResult } from '../../api/types.ts';
import { importIssues } from '../../lib/import-issues.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { ImportIssuesTable } from '../../components/import-issues-table.tsx';
import type { UploadState } from '../../components/upload-button.tsx';

interface CatalogueImportResultProps {
  state: Exclude<UploadState<ImportResult>, { status: 'idle' }>;
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
          title={`Загружена версия ${state.report.version} методики`}
          subTitle={`${state.report.code} · файл «${state.fileName}»`}
          extra={
            <Button type="primary" onClick={() => onOpen(state.report.id)}>
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
