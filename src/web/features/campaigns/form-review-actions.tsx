import { CheckOutlined, RollbackOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { campaignsApi, type AcceptReport, type FormView } from '../../api/campaigns-api.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { FormCommentModal } from './form-comment-modal.tsx';

interface FormReviewActionsProps {
  form: FormView;
  onChange: (form: FormView) => void;
}

/** The operator's moves on a form: return a submitted one with a comment, accept it, or reopen an accepted one. */
export function FormReviewActions({ form, onChange }: FormReviewActionsProps) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'return' | 'reopen' | null>(null);
  const [accepting, setAccepting] = useState(false);
  const ids = [form.campaign.id, form.org.id] as const;

  const accept = async (): Promise<void> => {
    setAccepting(true);
    try {
      const report: AcceptReport = await campaignsApi.accept(...ids);
      onChange(report.form);
      const n = report.values;
      const values = `${n} ${pluralRu(n, 'значение учтено', 'значения учтены', 'значений учтены')} в результатах`;
      if (report.recomputed) void message.success(`Форма принята: ${values}, результаты пересчитаны`);
      else void message.warning(`Форма принята: ${values}; результаты будут пересчитаны при следующем расчёте`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setAccepting(false);
    }
  };

  if (!form.reviewable) return null;
  return (
    <>
      {form.status === 'submitted' ? (
        <>
          <Button icon={<RollbackOutlined />} onClick={() => setDialog('return')} data-testid="form-return">
            Вернуть на доработку
          </Button>
          <Popconfirm
            title="Принять форму?"
            description="Значения станут принятыми данными и попадут в расчёт результатов."
            okText="Принять"
            cancelText="Отмена"
            onConfirm={() => accept()}
            okButtonProps={{ 'data-testid': 'form-accept-confirm' }}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={accepting} data-testid="form-accept">
              Принять
            </Button>
          </Popconfirm>
        </>
      ) : null}
      {form.status === 'accepted' ? (
        <Button icon={<UnlockOutlined />} onClick={() => setDialog('reopen')} data-testid="form-reopen">
          Открыть повторно
        </Button>
      ) : null}
      {dialog === 'return' ? (
        <FormCommentModal
          title="Вернуть форму на доработку"
          label="Что нужно исправить (увидит представитель организации)"
          okText="Вернуть"
          onClose={() => setDialog(null)}
          onSubmit={async (text) => {
            onChange(await campaignsApi.returnForm(...ids, text));
            setDialog(null);
            void message.success('Форма возвращена на доработку');
          }}
          testId="form-return-dialog"
        />
      ) : null}
      {dialog === 'reopen' ? (
        <FormCommentModal
          title="Открыть принятую форму повторно"
          label="Причина (попадёт в журнал и в форму)"
          okText="Открыть повторно"
          onClose={() => setDialog(null)}
          onSubmit={async (text) => {
            onChange(await campaignsApi.reopen(...ids, text));
            setDialog(null);
            void message.success('Форма открыта для исправлений');
          }}
          testId="form-reopen-dialog"
        />
      ) : null}
    </>
  );
}
