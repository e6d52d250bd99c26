import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Spin, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { scoringApi, type RoundImportReport } from '../../api/scoring-api.ts';
import { importIssues } from '../../lib/import-issues.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { ImportIssuesTable } from '../../components/import-issues-table.tsx';

type State =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string }
  | { status: 'done'; fileName: string; report: RoundImportReport }
  | { status: 'failed'; fileName: string; error: unknown };

const scores = (n: number) => `${n} ${pluralRu(n, 'балл', 'балла', 'баллов')}`;

function Body({ state }: { state: Exclude<State, { status: 'idle' }> }) {
  switch (state.status) {
    case 'uploading':
      return (
        <div className="import-progress" data-testid="scores-import-progress">
          <Spin size="large" />
          <Typography.Text>Загружаем «{state.fileName}» и проверяем баллы…</Typography.Text>
        </div>
      );
    case 'done':
      return (
        <Flex vertical gap={12} data-testid="scores-import-success">
          <Alert
            type="success"
            showIcon
            title={
              state.report.changed
                ? `Файл «${state.fileName}» загружен: изменено ${scores(state.report.changed)}`
                : `Файл «${state.fileName}» загружен: баллы не изменились`
            }
          />
          <Table
            size="small"
            rowKey="orgId"
            pagination={false}
            scroll={{ y: 220 }}
            dataSource={state.report.objects}
            columns={[
              { title: 'Код', dataIndex: 'code', key: 'code', width: 120 },
              { title: 'Изменено баллов', dataIndex: 'changed', key: 'changed', align: 'right' },
            ]}
            data-testid="scores-import-objects"
          />
        </Flex>
      );
    case 'failed': {
      const issues = state.error instanceof ApiError ? importIssues(state.error.details) : [];
      return (
        <Flex vertical gap={12} data-testid="scores-import-failed">
          <Alert
            type="error"
            showIcon
            title={
              issues.length
                ? `Файл не загружен: ${issues.length} ${pluralRu(issues.length, 'ошибка', 'ошибки', 'ошибок')}`
                : 'Файл не загружен'
            }
            description={errorMessage(state.error)}
          />
          {issues.length ? <ImportIssuesTable issues={issues} /> : null}
        </Flex>
      );
    }
  }
}

/** «Загрузить баллы из Excel»: the scorer's filled-in export of the round; all or nothing, every problem listed. */
export function ScoringImportButton({ roundId, onImported }: { roundId: number; onImported: () => void }) {
  const { message } = App.useApp();
  const [state, setState] = useState<State>({ status: 'idle' });
  const uploading = state.status === 'uploading';

  const upload = async (file: File): Promise<void> => {
    setState({ status: 'uploading', fileName: file.name });
    try {
      const report = await scoringApi.importScores(roundId, file);
      setState({ status: 'done', fileName: file.name, report });
      onImported();
    } catch (error) {
      setState({ status: 'failed', fileName: file.name, error });
    }
  };

  const beforeUpload = (file: File): string => {
    if (!/\.xlsx$/i.test(file.name.trim())) void message.error('Выберите книгу Excel (.xlsx), выгруженную из раунда');
    else void upload(file);
    return Upload.LIST_IGNORE;
  };
  const close = (): void => setState({ status: 'idle' });

  return (
    <>
      <Upload accept=".xlsx" showUploadList={false} beforeUpload={beforeUpload} disabled={uploading}>
        <Button icon={<UploadOutlined />} loading={uploading} data-testid="scores-import">
          Загрузить баллы из Excel
        </Button>
      </Upload>
      <Modal
        open={state.status !== 'idle'}
        title="Загрузка баллов из Excel"
        width={state.status === 'failed' ? 880 : 560}
        centered
        closable={!uploading}
        mask={{ closable: !uploading }}
        keyboard={!uploading}
        onCancel={close}
        footer={
          uploading ? null : (
            <Button onClick={close} data-testid="scores-import-close">
              Закрыть
            </Button>
          )
        }
        destroyOnHidden
      >
        {state.status === 'idle' ? null : <Body state={state} />}
      </Modal>
    </>
  );
}
