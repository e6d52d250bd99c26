import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { PERIOD_KIND_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import { errorMessage } from '../../api/api-error.ts';
import { periodsApi } from '../../api/periods-api.ts';
import type { Period } from '../../api/types.ts';
import { isIsoDate } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';

interface PeriodModalProps {
  /** The period to edit; null to add one. */
  period: Period | null;
  onClose: () => void;
  onSaved: (period: Period) => void;
}

interface Values {
  code: string;
  kind: Period['kind'];
  name: string;
  startsOn: string;
  endsOn: string;
}

const dateRules = [
  { required: true, message: 'Укажите дату.' },
  { validator: (_: unknown, v: string) => (isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('Введите дату как дд.мм.гггг.'))) },
];

/** Adds a period, or renames one and moves its dates (the code and the kind stay: data and imports name the period by them). */
export function PeriodModal({ period, onClose, onSaved }: PeriodModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (v: Values): Promise<void> => {
    setSaving(true);
    setError(null);
    try {
      const saved = period
        ? await periodsApi.update(period.id, { name: v.name.trim(), startsOn: v.startsOn, endsOn: v.endsOn })
        : await periodsApi.create({ code: v.code.trim(), kind: v.kind, name: v.name.trim(), startsOn: v.startsOn, endsOn: v.endsOn });
      void message.success(period ? 'Период изменён' : 'Период добавлен');
      onSaved(saved);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={period ? `Изменить период «${period.name}»` : 'Новый период'}
      okText="Сохранить"
      testId="period-save"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={period ?? { kind: 'school_year' }}
        requiredMark="optional"
      >
        <Form.Item name="kind" label="Вид" rules={[{ required: true, message: 'Выберите вид периода.' }]}>
          <Select
            disabled={period !== null}
            options={Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            data-testid="period-kind"
          />
        </Form.Item>
        <Form.Item
          name="code"
          label="Код"
          extra="Учебный год — «2025/2026», календарный — «2025». Код не меняется после создания."
          rules={[{ required: true, whitespace: true, message: 'Укажите код периода.' }]}
        >
          <Input disabled={period !== null} maxLength={20} data-testid="period-code" />
        </Form.Item>
        <Form.Item name="name" label="Название" rules={[{ required: true, whitespace: true, message: 'Укажите название.' }]}>
          <Input maxLength={100} data-testid="period-name" />
        </Form.Item>
        <Form.Item name="startsOn" label="Начало" rules={dateRules}>
          <CampaignDateInput testId="period-starts-on" />
        </Form.Item>
        <Form.Item name="endsOn" label="Окончание" rules={dateRules}>
          <CampaignDateInput testId="period-ends-on" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
