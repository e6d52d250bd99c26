import { CalendarOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import type { CSSProperties } from 'react';
import { useEffect, useState } from 'react';
import { isIsoDate, isoToRuDate, maskRuDate, ruDateToIso } from '../lib/campaign-dates.ts';

interface CampaignDateInputProps {
  /** Injected by Form.Item so that the label points at the control. */
  id?: string;
  /** An ISO date; '' for none; any other text is an unfinished or wrong entry. */
  value?: string | null;
  /** Called with the ISO date once the text is a real date, '' when cleared, else the text as typed. */
  onChange?: (value: string) => void;
  size?: 'small' | 'middle' | 'large';
  status?: 'error' | 'warning';
  readOnly?: boolean;
  ariaLabel?: string;
  testId?: string;
  style?: CSSProperties;
}

/** A date typed as дд.мм.гггг whatever the browser's language (native date inputs follow the browser's locale). */
export function CampaignDateInput({ id, value, onChange, size, status, readOnly, ariaLabel, testId, style }: CampaignDateInputProps) {
  const [text, setText] = useState(() => isoToRuDate(value));

  // A value set from outside (a reload, a reset) replaces what is shown.
  useEffect(() => {
    const shown = ruDateToIso(text) ?? text.trim();
    if ((value ?? '') !== shown) setText(isoToRuDate(value));
    // `text` is deliberately not a dependency: typing must not be overwritten.
  }, [value]);

  return (
    <Input
      id={id}
      size={size}
      value={text}
      status={status ?? (text && !ruDateToIso(text) && !isIsoDate(value) ? 'warning' : undefined)}
      readOnly={readOnly}
      placeholder="дд.мм.гггг"
      inputMode="numeric"
      maxLength={10}
      prefix={<CalendarOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />}
      onChange={(e) => {
        const next = maskRuDate(e.target.value);
        setText(next);
        onChange?.(next.trim() === '' ? '' : (ruDateToIso(next) ?? next));
      }}
      aria-label={ariaLabel}
      data-testid={testId}
      style={style}
    />
  );
}
