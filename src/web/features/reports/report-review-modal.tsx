import { Alert, Form, Input, Modal, Radio, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { reportsApi, type ReportDetail, type ReviewDecision } from '../../api/reports-api.ts';
import { isIsoDate, isoToday } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

interface Values {
  meetingDate: string;
  decision: ReviewDecision;
  minutesNumber: string;
  note?: string;
}

/** «Решение рабочей группы»: the meeting date, the decision, the minutes number and the minutes file. */
export function ReportReviewModal({
  report,
  onClose,
  onDone,
}: {
  report: ReportDetail;
  onClose: () => void;
  onDone: (r: ReportDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const { saving, error, run } = useSubmit();

  const save = async (v: Values) => {
    await run(async () => {
      const minutes = file ? await reportsApi.attach(report.id, file) : null;
      onDone(
        await reportsApi.review(report.id, {
          meetingDate: v.meetingDate,
          decision: v.decision,
          minutesNumber: v.minutesNumber.trim(),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          ...(minutes ? { minutesFileId: minutes.id } : {}),
        }),
      );
    });
  };

  return (
    <Modal
      open
      title="Решение рабочей группы"
      okText="Записать решение"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'report-review-submit' }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="report-review-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ meetingDate: isoToday(), decision: 'recommend' }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item
          label="Дата заседания"
          name="meetingDate"
          rules={[
            { required: true, message: 'Укажите дату заседания' },
            {
              validator: (_r, v: string | undefined) =>
                !v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('Укажите дату как дд.мм.гггг')),
            },
          ]}
        >
          <CampaignDateInput testId="report-meeting-date" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label="Номер протокола"
          name="minutesNumber"
          rules={[{ required: true, whitespace: true, message: 'Укажите номер протокола' }]}
        >
          <Input maxLength={50} placeholder="Например, 3" data-testid="report-minutes-number" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="Решение" name="decision">
          <Radio.Group
            options={[
              { value: 'recommend', label: 'Рекомендовать к утверждению' },
              { value: 'revise', label: 'Вернуть на доработку' },
            ]}
            data-testid="report-decision"
          />
        </Form.Item>
        <Form.Item label="Замечания" name="note">
          <Input.TextArea rows={2} maxLength={2000} data-testid="report-review-note" />
        </Form.Item>
        <Form.Item label="Протокол заседания (файл)" style={{ marginBottom: 0 }}>
          <Upload
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            accept=".pdf,.docx,.doc,.odt,.jpg,.jpeg,.png"
          >
            <Button icon={<UploadOutlined />} data-testid="report-minutes-file">
              Приложить протокол
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
