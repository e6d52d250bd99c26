import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { publicApi, type PublicDocument } from '../../api/public-api.ts';
import { paragraphsOf } from '../../../domain/report/report-paragraphs.ts';
import type { ReportSectionKey } from '../../api/reports-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { ReportComparisonTable } from '../reports/report-comparison-table.tsx';
import { ReportSectionData } from '../reports/report-section-data.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { formatDate } from '../../lib/format-date.ts';

function ReportBody({ doc }: { doc: PublicDocument }) {
  const r = doc.report;
  if (!r) return null;
  return (
    <>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        {r.review ? (
          <Descriptions.Item label="Рабочая группа">
            заседание {formatDate(r.review.meetingDate)}, протокол № {r.review.minutesNumber}: {r.review.decisionName}
          </Descriptions.Item>
        ) : null}
        {r.approval ? (
          <Descriptions.Item label="Утверждён">
            {r.approval.post} {r.approval.name}, {formatDate(r.approval.date)}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="Версия">{r.version}</Descriptions.Item>
      </Descriptions>
      {r.sections.map((s, i) => (
        <section key={s.key} className="public-section" data-testid={`public-section-${s.key}`}>
          <Typography.Title level={2} className="public-section-title">
            {i + 1}. {s.title}
          </Typography.Title>
          {paragraphsOf(s.text).map((p, k) => (
            <Typography.Paragraph key={k}>{p}</Typography.Paragraph>
          ))}
          <ReportSectionData section={s.key as ReportSectionKey} content={r.content} charts={[]} />
        </section>
      ))}
    </>
  );
}

/** `/public/:id`: one published document by its stable link. */
export function PublicDocumentPage({ documentId }: { documentId: number }) {
  const { data, error, loading, reload } = useAsyncData((signal) => publicApi.get(documentId, signal), [documentId]);
  useDocumentTitle(data?.title ?? 'МСОКО');
  if (loading && !data) return <FullPageSpin />;
  if (error || !data) return <ErrorAlert error={error} onRetry={reload} />;
  return (
    <article data-testid="public-document">
      <AppLink to="/public">← Все документы</AppLink>
      <Typography.Title level={1} data-testid="public-document-title">
        {data.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Tag>{data.kindName}</Tag>
        <span>{data.territory.name}</span>
        <span className="muted">опубликовано {formatDate(data.publishedAt)}</span>
        {data.downloads.map((d) => (
          <Button key={d.format} href={d.url} size="small" data-testid={`public-download-${d.format}`}>
            Скачать {d.format.toUpperCase()}
          </Button>
        ))}
      </Space>
      <ReportBody doc={data} />
      {data.regulation ? (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="Мониторинг">{data.regulation.name}</Descriptions.Item>
          <Descriptions.Item label="Период">{data.regulation.periodName}</Descriptions.Item>
          <Descriptions.Item label="Сроки">
            {formatDate(data.regulation.startsOn)} — {formatDate(data.regulation.deadline)}
          </Descriptions.Item>
          <Descriptions.Item label="Ответственный">{data.regulation.responsible}</Descriptions.Item>
          {data.regulation.orderNumber ? (
            <Descriptions.Item label="Приказ">
              № {data.regulation.orderNumber} от {formatDate(data.regulation.orderDate)}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
      {data.rating ? (
        <>
          <Typography.Paragraph type="secondary">
            Методика «{data.rating.catalogue.name}», версия {data.rating.catalogue.version}; {data.rating.period.name}. Числа зафиксированы
            на дату публикации.
          </Typography.Paragraph>
          <ReportComparisonTable title={data.title} rows={data.rating.rows} directions={data.rating.directions} testId="public-rating" />
        </>
      ) : null}
    </article>
  );
}
