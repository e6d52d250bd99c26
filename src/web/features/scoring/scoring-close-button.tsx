import { LockOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { scoringApi, type RoundDetail } from '../../api/scoring-api.ts';

/** «Закрыть раунд» (the round's manager): the indices become final; the server refuses while disagreements are open. */
export function ScoringCloseButton({ round, onClosed }: { round: RoundDetail; onClosed: (round: RoundDetail) => void }) {
  const { message } = App.useApp();
  const [closing, setClosing] = useState(false);
  const open = round.objectsList.reduce((n, o) => n + o.disagreements, 0);

  const close = async (): Promise<void> => {
    setClosing(true);
    try {
      onClosed(await scoringApi.close(round.id));
      void message.success('Раунд закрыт: баллы и индексы зафиксированы');
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setClosing(false);
    }
  };

  return (
    <Popconfirm
      title="Закрыть раунд?"
      description={
        open > 0
          ? `Есть несогласованные расхождения: ${open}. Сначала запишите согласованные баллы.`
          : 'Баллы, согласования и загрузка из Excel станут недоступны; индексы будут окончательными.'
      }
      okText="Закрыть"
      cancelText="Отмена"
      okButtonProps={{ disabled: open > 0, 'data-testid': 'round-close-confirm' }}
      onConfirm={() => close()}
    >
      <Button icon={<LockOutlined />} loading={closing} data-testid="round-close">
        Закрыть раунд
      </Button>
    </Popconfirm>
  );
}
