import { GlobalOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import type { RatingScope } from '../../api/ratings-api.ts';
import { reportsApi } from '../../api/reports-api.ts';
import { useSession } from '../../hooks/use-session.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../../lib/campaign-status.ts';

/** «Опубликовать»: the rating shown goes to the public section with its numbers as they are now (operators only). */
export function RatingPublishButton({ scope, comparisonKey }: { scope: RatingScope; comparisonKey: string }) {
  const { user } = useSession();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!CAMPAIGN_OPERATOR_ROLES.has(user.role)) return null;
  const publish = async () => {
    setBusy(true);
    try {
      const { id } = await reportsApi.publishRating({ ...scope, key: comparisonKey });
      modal.success({ title: 'Рейтинг опубликован', content: <a href={`/public/${id}`}>Открыть в публичном разделе</a> });
    } catch (err) {
      void message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title="Опубликовать рейтинг в публичном разделе?"
      description="Числа фиксируются на момент публикации."
      okText="Опубликовать"
      cancelText="Отмена"
      onConfirm={() => void publish()}
    >
      <Button icon={<GlobalOutlined />} loading={busy} data-testid="rating-publish">
        Опубликовать
      </Button>
    </Popconfirm>
  );
}
