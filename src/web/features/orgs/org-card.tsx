import { EditOutlined, LineChartOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { OrgDetail } from '../../api/types.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { orgClosedLabel } from '../../lib/org-closed-label.ts';
import { resultCardPath } from '../../lib/result-card.ts';
import { OrgAttributes } from './org-attributes.tsx';
import { OrgCodes } from './org-codes.tsx';
import { OrgKindIcon } from '../../components/org-kind-icon.tsx';
import { OrgKindTag } from '../../components/org-kind-tag.tsx';
import { OrgPathBreadcrumb } from './org-path-breadcrumb.tsx';
import { OrgTypesSection } from './org-types-section.tsx';

interface OrgCardProps {
  org: OrgDetail;
  canEdit: boolean;
  onEdit: () => void;
  canOpen: (id: number) => boolean;
  onOpen: (id: number) => void;
  /** Buttons of the organisation's life (close, merge, reopen) for an editor. */
  lifeActions?: ReactNode;
}

function tags(values: string[], empty: string) {
  if (values.length === 0) return <span className="muted">{empty}</span>;
  return (
    <Space size={[4, 4]} wrap>
      {values.map((v) => (
        <Tag key={v}>{v}</Tag>
      ))}
    </Space>
  );
}

/** Organisation card: path, name, codes, attributes, aliases, groups and (for territories) a chart. */
export function OrgCard({ org, canEdit, onEdit, canOpen, onOpen, lifeActions }: OrgCardProps) {
  const closedLabel = orgClosedLabel(org);
  const isTerritory = org.kind === 'region' || org.kind === 'municipality';
  const hasAttributes = Object.keys(org.attributes).length > 0;

  return (
    <div className="org-card" data-testid="org-card" data-org-id={org.id}>
      <OrgPathBreadcrumb org={org} canOpen={canOpen} onOpen={onOpen} />
      <Flex justify="space-between" align="flex-start" gap={16} className="org-card-head">
        <div className="org-card-heading">
          <Typography.Title level={2} className="org-card-title" data-testid="org-card-title">
            <OrgKindIcon org={org} /> {org.name}
          </Typography.Title>
          <Space size={6} wrap>
            <OrgKindTag org={org} />
            {org.shortName && org.shortName !== org.name ? <Typography.Text type="secondary">{org.shortName}</Typography.Text> : null}
            {org.isDemo ? <Tag color="orange">демо</Tag> : null}
          </Space>
        </div>
        <Space size={8}>
          <Button
            icon={<LineChartOutlined />}
            href={resultCardPath(org.id)}
            onClick={(e) => {
              e.preventDefault();
              navigate(resultCardPath(org.id));
            }}
            data-testid="org-results-button"
          >
            Результаты
          </Button>
          {canEdit ? (
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="org-edit-button">
              Редактировать
            </Button>
          ) : null}
          {lifeActions}
        </Space>
      </Flex>
      {closedLabel ? (
        <Alert
          type="warning"
          showIcon
          data-testid="org-closed-alert"
          style={{ marginBottom: 12 }}
          title={`Организация ${closedLabel}`}
          description={`${org.closedReason ? `${org.closedReason}. ` : ''}В периодах, начинающихся с этой даты, её нет в рейтингах, кампаниях и раундах оценки; данные прошлых периодов сохранены.`}
        />
      ) : null}

      {isTerritory ? <OrgTypesSection org={org} /> : null}
      <OrgCodes org={org} />
      {!isTerritory || hasAttributes ? <OrgAttributes org={org} /> : null}
      <Descriptions
        title="Дополнительно"
        size="small"
        bordered
        column={1}
        styles={{ label: { whiteSpace: 'nowrap', width: '1%' }, content: { minWidth: 110 } }}
        items={[
          { key: 'aliases', label: 'Другие названия', children: tags(org.aliases, 'нет') },
          {
            key: 'groups',
            label: 'Группы',
            children: tags(
              org.groups.map((g) => g.name),
              'не входит в группы',
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" className="org-card-footer">
        Изменено {formatDateTime(org.updatedAt)} · версия {org.version}
      </Typography.Text>
    </div>
  );
}
