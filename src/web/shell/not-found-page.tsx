import { Button, Result, Typography } from 'antd';
import { navigate } from '../hooks/use-location-path.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

export function NotFoundPage() {
  useDocumentTitle('Страница не найдена');
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Страница не найдена
        </Typography.Title>
      }
      subTitle="Проверьте адрес или вернитесь к списку организаций."
      extra={
        <Button type="primary" onClick={() => navigate('/orgs')}>
          К организациям
        </Button>
      }
    />
  );
}
