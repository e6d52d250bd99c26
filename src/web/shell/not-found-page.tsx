import { Button, Result } from 'antd';
import { ResultHeading } from '../components/result-heading.tsx';
import { navigate } from '../hooks/use-location-path.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

export function NotFoundPage() {
  useDocumentTitle('Страница не найдена');
  return (
    <Result
      status="404"
      title={<ResultHeading>Страница не найдена</ResultHeading>}
      subTitle="Проверьте адрес или вернитесь к списку организаций."
      extra={
        <Button type="primary" onClick={() => navigate('/orgs')}>
          К организациям
        </Button>
      }
    />
  );
}
