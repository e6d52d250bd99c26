import { Col, List, Row, Typography } from 'antd';
import type { Finding, ReportContent } from '../../api/reports-api.ts';

function FindingList({ title, items, testId }: { title: string; items: Finding[]; testId: string }) {
  return (
    <div data-testid={testId}>
      <Typography.Title level={2}>{title}</Typography.Title>
      <List
        size="small"
        bordered
        dataSource={items}
        locale={{ emptyText: 'Не выявлены' }}
        renderItem={(f) => <List.Item>{f.text}</List.Item>}
      />
    </div>
  );
}

/** Deficits and successful practices found by the report's stated rules. */
export function ReportFindings({ content }: { content: ReportContent }) {
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <FindingList title="Дефициты" items={content.findings.deficits} testId="report-deficits" />
        </Col>
        <Col xs={24} lg={12}>
          <FindingList title="Успешные практики" items={content.findings.practices} testId="report-practices" />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        Правила выявления: {content.rules.join(' ')}
      </Typography.Paragraph>
    </>
  );
}
