import { Tag } from 'antd';
import type { ReportStatus } from '../../api/reports-api.ts';
import { REPORT_STATUS_COLORS, REPORT_STATUS_NAMES } from '../../lib/report-labels.ts';

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  return (
    <Tag color={REPORT_STATUS_COLORS[status]} data-testid="report-status">
      {REPORT_STATUS_NAMES[status]}
    </Tag>
  );
}
