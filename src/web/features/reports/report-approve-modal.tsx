import { Alert, Form, Input, Modal } from 'antd';
import { reportsApi, type ReportDetail } from '../../api/reports-api.ts';
import { isIsoDate, isoToday } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

interface Values {
  name: string;
  post: string;
  date: string;
}

/** «Утвердить»: the official who approved the report, their post and the date. */
export function ReportApproveModal({
  report,
  onClose,
  onDone,
}: {
  report: ReportDetail;
  onClose: () => void;
  onDone: (r: ReportDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const save = async (v: Values) => {
    await run(async () => {
      onDone(await reportsApi.approve(report.id, { name: v.name.trim(), post: v.post.trim(), date: v.date }));
    });
  };
  return (
    <Modal
      open
      title="Утверждение отчёта должностным лицом"
      okText="Утвердить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'report-approve-submit' }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        title="Утверждённый отчёт не изменяется: исправления вносятся в новую версию."
        style={{ marginBottom: 12 }}
      />
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form<Values> form={form} layout="vertical" initialValues={{ date: isoToday() }} onFinish={(v) => void save(v)}>
        <Form.Item label="ФИО" name="name" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО утвердившего' }]}>
          <Input maxLength={200} placeholder="Иванова А. П." data-testid="report-approver-name" />
        </Form.Item>
        <Form.Item label="Должность" name="post" rules={[{ required: true, whitespace: true, message: 'Укажите должность' }]}>
          <Input maxLength={300} placeholder="Начальник управления образования" data-testid="report-approver-post" />
        </Form.Item>
        <Form.Item
          label="Дата утверждения"
          name="date"
          rules={[
            { required: true, message: 'Укажите дату' },
            {
              validator: (_r, v: string | undefined) =>
                !v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('Укажите дату как дд.мм.гггг')),
            },
          ]}
          style={{ marginBottom: 0 }}
        >
          <CampaignDateInput testId="report-approve-date" style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
