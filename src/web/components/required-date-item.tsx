import { Form } from 'antd';
import type { CSSProperties } from 'react';
import { isIsoDate } from '../lib/campaign-dates.ts';
import { CampaignDateInput } from './campaign-date-input.tsx';

interface RequiredDateItemProps {
  label: string;
  name: string;
  /** Shown when the field is left empty, e.g. «Укажите дату приказа». */
  requiredMessage: string;
  testId: string;
  style?: CSSProperties;
}

/** A required date of a form, typed as дд.мм.гггг: the message when empty, the expected format when mistyped. */
export function RequiredDateItem({ label, name, requiredMessage, testId, style }: RequiredDateItemProps) {
  return (
    <Form.Item
      label={label}
      name={name}
      rules={[
        { required: true, message: requiredMessage },
        {
          validator: (_r, v: string | undefined) =>
            !v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('Укажите дату как дд.мм.гггг')),
        },
      ]}
      style={style}
    >
      <CampaignDateInput testId={testId} style={{ width: 200 }} />
    </Form.Item>
  );
}
