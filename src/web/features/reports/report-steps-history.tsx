import { Timeline } from 'antd';
import type { ReportDetail } from '../../api/reports-api.ts';
import { reportsApi } from '../../api/reports-api.ts';
import { formatDate, formatDateTime } from '../../lib/format-date.ts';
import { STEP_NAMES } from '../../lib/report-labels.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function detailsOf(step: ReportDetail['steps'][number]): string {
  const d = step.details;
  switch (step.step) {
    case 'review':
      return `заседание ${formatDate(str(d.meetingDate))}, протокол № ${str(d.minutesNumber)}: ${str(d.decisionName)}${d.note ? `. Замечания: ${str(d.note)}` : ''}`;
    case 'approve':
      return `${str(d.post)} ${str(d.name)}, ${formatDate(str(d.date))}`;
    default:
      return '';
  }
}

/** Every recorded step of a report: who, when, and what was decided. */
export function ReportStepsHistory({ report }: { report: ReportDetail }) {
  return (
    <Timeline
      data-testid="report-history"
      items={report.steps.map((s) => ({
        content: (
          <div data-testid="report-history-step">
            <strong>{STEP_NAMES[s.step] ?? s.step}</strong> — {formatDateTime(s.at)}, {s.userName}
            {detailsOf(s) ? <div>{detailsOf(s)}</div> : null}
            {s.file ? (
              <div>
                <a href={reportsApi.attachmentUrl(report.id, s.file.id)}>{s.file.fileName}</a>
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
