import { Tag } from 'antd';
import type { SubmissionStatus } from '../../api/campaigns-api.ts';
import { STATUS_COLORS } from '../../lib/campaign-status.ts';

interface CampaignStatusTagProps {
  status: SubmissionStatus;
  name: string;
}

/** Coloured tag of a form's status: «Черновик», «Отправлена», «Принята», … */
export function CampaignStatusTag({ status, name }: CampaignStatusTagProps) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="form-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {name}
    </Tag>
  );
}
