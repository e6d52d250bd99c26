import { Typography } from 'antd';

/** Pretty-printed JSON block (used for audit before/after values). */
export function JsonView({ value }: { value: unknown }) {
  if (value === null || value === undefined) {
    return <Typography.Text type="secondary">нет данных</Typography.Text>;
  }
  return <pre className="json-view">{JSON.stringify(value, null, 2)}</pre>;
}
