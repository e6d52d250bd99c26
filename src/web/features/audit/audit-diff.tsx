import { Col, Collapse, Row, Table, Typography } from 'antd';
import type { AuditEntry } from '../../api/types.ts';
import type { FieldChange } from '../../lib/diff-fields.ts';
import { fieldLabel } from '../../lib/audit-labels.ts';
import { diffFields } from '../../lib/diff-fields.ts';
import { JsonView } from './json-view.tsx';

const compact = (v: unknown) =>
  v === undefined ? <span className="muted">—</span> : <code className="audit-value">{JSON.stringify(v)}</code>;

function FullJson({ entry }: { entry: AuditEntry }) {
  return (
    <Row gutter={16}>
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

/** Expanded audit row: changed fields, plus the full before/after JSON. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const changes = diffFields(entry.before, entry.after);
  if (changes.length === 0) {
    return (
      <div data-testid={`audit-diff-${entry.id}`}>
        <FullJson entry={entry} />
      </div>
    );
  }
  return (
    <div data-testid={`audit-diff-${entry.id}`} className="audit-diff">
      <Table<FieldChange>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={changes}
        columns={[
          {
            title: 'Поле',
            dataIndex: 'field',
            key: 'field',
            width: 200,
            render: (field: string) => <span title={field}>{fieldLabel(field)}</span>,
          },
          { title: 'Было', key: 'before', render: (_: unknown, c) => compact(c.before) },
          { title: 'Стало', key: 'after', render: (_: unknown, c) => compact(c.after) },
        ]}
      />
      <Collapse ghost size="small" items={[{ key: 'json', label: 'Полные данные (JSON)', children: <FullJson entry={entry} /> }]} />
    </div>
  );
}
