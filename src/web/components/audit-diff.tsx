import { Col, Row, Typography } from 'antd';
import type { AuditEntry } from '../api/types.ts';
import { JsonView } from './json-view.tsx';

/** Expanded audit row: the entity before and after the change. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  return (
    <Row gutter={16} data-testid={`audit-diff-${entry.id}`}>
      <Col span={12}>
        <Typography.Text strong>До изменения</Typography.Text>
        <JsonView value={entry.before} />
      </Col>
      <Col span={12}>
        <Typography.Text strong>После изменения</Typography.Text>
        <JsonView value={entry.after} />
      </Col>
    </Row>
  );
}
