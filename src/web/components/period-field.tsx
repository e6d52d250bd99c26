import { Form, Select } from 'antd';
import type { CSSProperties } from 'react';
import type { Period } from '../api/types.ts';

interface PeriodFieldProps {
  /** The periods offered (already narrowed by the caller where a rule asks for it). */
  periods: readonly Period[];
  loading: boolean;
  placeholder: string;
  /** The drop-down's class: the browser tests pick an option inside it. */
  popupClassName: string;
  testId: string;
  searchable?: boolean;
  style?: CSSProperties;
}

/** The required «Период» field (`periodId`) of a form that creates a campaign or a round. */
export function PeriodField({ periods, loading, placeholder, popupClassName, testId, searchable, style }: PeriodFieldProps) {
  return (
    <Form.Item label="Период" name="periodId" rules={[{ required: true, message: 'Выберите период' }]} style={style}>
      <Select<number>
        loading={loading}
        placeholder={placeholder}
        showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
        options={periods.map((p) => ({ value: p.id, label: p.name }))}
        classNames={{ popup: { root: popupClassName } }}
        data-testid={testId}
      />
    </Form.Item>
  );
}
