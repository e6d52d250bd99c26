import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { orgsApi } from '../../api/orgs-api.ts';
import type { OrgDetail } from '../../api/types.ts';
import { isIsoDate } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { OrgSelect } from '../../components/org-select.tsx';

interface OrgLifeModalProps {
  org: OrgDetail;
  /** Close from a date, or merge into another organisation of the same kind. */
  mode: 'close' | 'merge';
  onClose: () => void;
  onSaved: (org: OrgDetail) => void;
}

interface Values {
  date: string;
  reason?: string;
  intoId?: number | null;
}

const dateRule = {
  validator: (_: unknown, v: string) => (isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('Введите дату как дд.мм.гггг.'))),
};

/** «Закрыть» / «Присоединить к…»: the date from which the organisation leaves later periods, and the reason or the other organisation. */
export function OrgLifeModal({ org, mode, onClose, onSaved }: OrgLifeModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const merge = mode === 'merge';

  const save = async (v: Values): Promise<void> => {
    setSaving(true);
    setError(null);
    try {
      const saved = merge
        ? await orgsApi.merge(org.id, { intoId: v.intoId ?? 0, mergedOn: v.date, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) })
        : await orgsApi.close(org.id, { closedOn: v.date, reason: v.reason?.trim() ?? '' });
      void message.success(merge ? 'Организация присоединена' : 'Организация закрыта');
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
      title={merge ? `Присоединить «${org.shortName || org.name}» к другой организации` : `Закрыть «${org.shortName || org.name}»`}
      okText={merge ? 'Присоединить' : 'Закрыть'}
      testId={merge ? 'org-merge-ok' : 'org-close-ok'}
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
      danger
    >
      <p>
        Данные и результаты прошлых периодов остаются на месте. Из рейтингов, кампаний и раундов оценки периодов, которые начинаются с этой
        даты или позже, организация уходит. Ничего не удаляется; закрытие можно отменить.
      </p>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} requiredMark="optional">
        {merge ? (
          <Form.Item name="intoId" label="К какой организации присоединить" rules={[{ required: true, message: 'Выберите организацию.' }]}>
            <OrgSelect kind={org.kind} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="date"
          label={merge ? 'Дата присоединения' : 'Закрыта с'}
          rules={[{ required: true, message: 'Укажите дату.' }, dateRule]}
        >
          <CampaignDateInput testId="org-life-date" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={merge ? 'Основание (необязательно)' : 'Причина закрытия'}
          rules={merge ? [] : [{ required: true, whitespace: true, message: 'Укажите причину: ликвидация, реорганизация…' }]}
        >
          <Input maxLength={500} data-testid="org-life-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
