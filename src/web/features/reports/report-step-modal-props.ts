import type { ReportDetail } from '../../api/reports-api.ts';

/** What the report page gives a modal that records a step of the report (review, approval). */
export interface ReportStepModalProps {
  report: ReportDetail;
  onClose: () => void;
  onDone: (report: ReportDetail) => void;
}
