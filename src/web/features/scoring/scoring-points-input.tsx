import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Radio } from 'antd';

interface ScoringPointsInputProps {
  code: string;
  /** Accessible name of the control (the position). */
  label: string;
  max: number;
  value: number | null;
  onChange: (points: number | null) => void;
  disabled?: boolean;
  status?: 'error' | 'warning';
  testId?: string;
}

/** Primary points of a position: 0/1 buttons when the maximum is 1, else a whole number 0..max; «×» clears. */
export function ScoringPointsInput({ code, label, max, value, onChange, disabled, status, testId = 'points' }: ScoringPointsInputProps) {
  // Always takes its place, so that what follows does not shift when a score appears.
  const shown = value !== null && !disabled;
  const clear = (
    <Button
      type="text"
      size="small"
      icon={<CloseOutlined />}
      title="Снять балл"
      aria-label={`Снять балл: ${label}`}
      aria-hidden={!shown}
      tabIndex={shown ? 0 : -1}
      onClick={() => onChange(null)}
      data-testid={`${testId}-clear`}
      style={shown ? undefined : { visibility: 'hidden' }}
    />
  );
  if (max === 1) {
    return (
      <Flex align="center" gap={2}>
        <Radio.Group
          size="small"
          optionType="button"
          buttonStyle="solid"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(Number(e.target.value))}
          options={[
            { value: 0, label: '0' },
            { value: 1, label: '1' },
          ]}
          aria-label={label}
          data-testid={testId}
          data-points-for={code}
        />
        {clear}
      </Flex>
    );
  }
  return (
    <Flex align="center" gap={2}>
      <InputNumber<number>
        size="small"
        min={0}
        max={max}
        step={1}
        precision={0}
        value={value}
        disabled={disabled}
        status={status}
        onChange={(v) => onChange(v ?? null)}
        aria-label={label}
        data-testid={testId}
        data-points-for={code}
        style={{ width: 76 }}
      />
      {clear}
    </Flex>
  );
}
