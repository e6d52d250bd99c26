import { Button, Popconfirm, Space } from 'antd';
import type { ReportDetail } from '../../api/reports-api.ts';
import { reportsApi } from '../../api/reports-api.ts';

interface Props {
  report: ReportDetail;
  busy: boolean;
  onReview: () => void;
  onApprove: () => void;
  onStep: (action: () => Promise<ReportDetail>) => void;
  onNewVersion: () => void;
}

/** What the report's operator can do next, by its status; the downloads for everyone. */
export function ReportActions({ report, busy, onReview, onApprove, onStep, onNewVersion }: Props) {
  const m = report.canManage;
  return (
    <Space wrap>
      <Button href={reportsApi.fileUrl(report.id, 'docx')} data-testid="report-download-docx">
        Скачать DOCX
      </Button>
      <Button href={reportsApi.fileUrl(report.id, 'pdf')} data-testid="report-download-pdf">
        Скачать PDF
      </Button>
      {m && report.status === 'draft' ? (
        <Button type="primary" onClick={onReview} disabled={busy} data-testid="report-review">
          Решение рабочей группы
        </Button>
      ) : null}
      {m && report.status === 'reviewed' ? (
        <Button type="primary" onClick={onApprove} disabled={busy} data-testid="report-approve">
          Утвердить
        </Button>
      ) : null}
      {m && report.status === 'approved' ? (
        <Popconfirm
          title="Опубликовать отчёт в публичном разделе МСОКО?"
          okText="Опубликовать"
          cancelText="Отмена"
          onConfirm={() => onStep(() => reportsApi.publish(report.id))}
          okButtonProps={{ 'data-testid': 'report-publish-confirm' }}
        >
          <Button type="primary" disabled={busy} data-testid="report-publish">
            Опубликовать
          </Button>
        </Popconfirm>
      ) : null}
      {m && report.status === 'published' ? (
        <>
          <Button href={`/public/${report.publicationId ?? ''}`} target="_blank" data-testid="report-public-link">
            Открыть в публичном разделе
          </Button>
          <Popconfirm
            title="Снять отчёт с публикации?"
            okText="Снять"
            cancelText="Отмена"
            onConfirm={() => onStep(() => reportsApi.unpublish(report.id))}
          >
            <Button disabled={busy} data-testid="report-unpublish">
              Снять с публикации
            </Button>
          </Popconfirm>
        </>
      ) : null}
      {m && report.frozen && report.newerVersionId === null ? (
        <Button onClick={onNewVersion} disabled={busy} data-testid="report-new-version">
          Новая версия
        </Button>
      ) : null}
    </Space>
  );
}
