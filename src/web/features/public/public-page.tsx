import { List, Tag, Typography } from 'antd';
import { publicApi } from '../../api/public-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { formatDate } from '../../lib/format-date.ts';

const KIND_COLORS = { report: 'blue', regulation: 'purple', rating: 'green' } as const;

/** `/public`: every published document, newest first. */
export function PublicPage() {
  useDocumentTitle('МСОКО: опубликованные документы');
  const { data, error, loading, reload } = useAsyncData((signal) => publicApi.list(signal), []);
  return (
    <div data-testid="public-page">
      <Typography.Title level={1}>Опубликованные документы</Typography.Title>
      <Typography.Paragraph type="secondary">
        Аналитические отчёты, приказы и рейтинги, которые органы управления образованием разместили в общем доступе.
      </Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <List
        loading={loading}
        dataSource={data ?? []}
        locale={{ emptyText: 'Пока ничего не опубликовано.' }}
        renderItem={(item) => (
          <List.Item data-testid="public-item">
            {/* not List.Item.Meta: its title is an h4, out of the page's outline under the h1 */}
            <div>
              <Typography.Title level={2} style={{ margin: '0 0 4px', fontSize: 16 }}>
                <AppLink to={`/public/${item.id}`} data-testid="public-item-link">
                  {item.title}
                </AppLink>
              </Typography.Title>
              <Typography.Text type="secondary">
                <Tag color={KIND_COLORS[item.kind]}>{item.kindName}</Tag>
                {item.territory.name} · опубликовано {formatDate(item.publishedAt)}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}
