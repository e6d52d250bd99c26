import { Alert, Form, Input } from 'antd';
import { reportsApi } from '../../api/reports-api.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { RequiredDateItem } from '../../components/required-date-item.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import type { ReportStepModalProps } from './report-step-modal-props.ts';

interface Values {
  name: string;
  post: string;
  date: string;
}

/** «Утвердить»: the official who approved the report, their post and the date. */
export function ReportApproveModal({ report, onClose, onDone }: ReportStepModalProps) {
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const save = async (v: Values) => {
    await run(async () => {
      onDone(await reportsApi.approve(report.id, { name: v.name.trim(), post: v.post.trim(), date: v.date }));
    });
  };
  return (
    <FormModal
      title="Утверждение отчёта должностным лицом"
      okText="Утвердить"
      testId="report-approve-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Alert
        type="info"
        showIcon
        title="Утверждённый отчёт не изменяется: исправления вносятся в новую версию."
        style={{ marginBottom: 12 }}
      />
      <Form<Values> form={form} layout="vertical" initialValues={{ date: isoToday() }} onFinish={(v) => void save(v)}>
        <Form.Item label="ФИО" name="name" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО утвердившего' }]}>
          <Input maxLength={200} placeholder="Иванова А. П." data-testid="report-approver-name" />
        </Form.Item>
        <Form.Item label="Должность" name="post" rules={[{ required: true, whitespace: true, message: 'Укажите должность' }]}>
          <Input maxLength={300} placeholder="Начальник управления образования" data-testid="report-approver-post" />
        </Form.Item>
        <RequiredDateItem
          label="Дата утверждения"
          name="date"
          requiredMessage="Укажите дату"
          testId="report-approve-date"
          style={{ marginBottom: 0 }}
        />
      </Form>
    </FormModal>
  );
}
