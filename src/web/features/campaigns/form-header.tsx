import { Flex, Tag, Typography } from 'antd';
import type { FormView } from '../../api/campaigns-api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { formatDate, formatDateTime } from '../../lib/format-date.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignStatusTag } from './campaign-status-tag.tsx';

/** The form's organisation, campaign, period, deadline, status and last change. */
export function FormHeader({ form }: { form: FormView }) {
  useDocumentTitle(`Форма: ${form.org.name}`);
  return (
    <div data-testid="form-header">
      <AppLink to={`/campaigns/${form.campaign.id}`} style={{ fontSize: 13 }} data-testid="form-campaign-link">
        ← {form.campaign.name}
      </AppLink>
      <Typography.Title level={1} style={{ margin: '2px 0 4px', fontSize: 18, lineHeight: 1.35 }} data-testid="form-title">
        {form.org.name}
      </Typography.Title>
      <Flex wrap gap="2px 16px" align="center" style={{ fontSize: 13 }}>
        <CampaignStatusTag status={form.status} name={form.statusName} />
        {form.overdue ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="form-overdue">
            просрочена
          </Tag>
        ) : null}
        <span>
          <Typography.Text type="secondary">Код: </Typography.Text>
          {form.org.code}
        </span>
        <span>
          <Typography.Text type="secondary">Период: </Typography.Text>
          {form.campaign.periodName}
        </span>
        <span data-testid="form-deadline">
          <Typography.Text type="secondary">Срок сдачи: </Typography.Text>
          {formatDate(form.campaign.deadline)}
        </span>
        <Typography.Text type="secondary">
          Изменена {formatDateTime(form.updatedAt)}
          {form.updatedBy ? ` · ${form.updatedBy}` : ''}
        </Typography.Text>
      </Flex>
    </div>
  );
}
