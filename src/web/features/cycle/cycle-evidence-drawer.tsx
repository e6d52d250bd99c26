import { CheckCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Descriptions, Drawer, Empty, Typography } from 'antd';
import type { CycleComponentView, CycleDirectionView } from '../../api/cycle-api.ts';
import { formationText, isAppPath } from '../../lib/cycle-glance.ts';
import { AppLink } from '../../components/app-link.tsx';

interface CycleEvidenceDrawerProps {
  target: { direction: CycleDirectionView; component: CycleComponentView } | null;
  onClose: () => void;
}

/** What forms a component of a direction's cycle in the system (with links to its pages), and its formation by the rounds. */
export function CycleEvidenceDrawer({ target, onClose }: CycleEvidenceDrawerProps) {
  const c = target?.component;
  return (
    <Drawer
      title="Компонент управленческого цикла"
      open={target !== null}
      onClose={onClose}
      size={560}
      destroyOnHidden
      data-testid="cycle-drawer"
    >
      {target && c ? (
        <div className="explain-body">
          <Typography.Title level={2} className="explain-object" data-testid="cycle-drawer-title">
            {c.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {target.direction.code}. {target.direction.name}
          </Typography.Text>
          <Descriptions
            column={1}
            size="small"
            bordered
            className="value-explanation"
            items={[
              {
                key: 'formed',
                label: 'В системе',
                children: c.formed ? (
                  <Typography.Text type="success">
                    <CheckCircleOutlined /> есть подтверждения
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">
                    <MinusCircleOutlined /> нет подтверждений
                  </Typography.Text>
                ),
              },
              {
                key: 'self',
                label: 'Самооценка',
                children: formationText(c.selfFormation) ?? <span className="muted">не проводилась</span>,
              },
              {
                key: 'expert',
                label: 'Экспертная оценка',
                children: formationText(c.expertFormation) ?? <span className="muted">не проводилась</span>,
              },
            ]}
          />
          <Typography.Text strong>Что есть в системе</Typography.Text>
          {c.evidence.length ? (
            <ul className="explain-text" data-testid="cycle-evidence">
              {c.evidence.map((e, i) => (
                <li key={i}>
                  {e.link ? (
                    isAppPath(e.link) ? (
                      <AppLink to={e.link} onClick={onClose}>
                        {e.text}
                      </AppLink>
                    ) : (
                      <a href={e.link} target="_blank" rel="noreferrer">
                        {e.text}
                      </a>
                    )
                  ) : (
                    e.text
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="Система пока не хранит материалов этого компонента (отчётов, рекомендаций, мер, решений)"
              data-testid="cycle-evidence-empty"
            />
          )}
        </div>
      ) : null}
    </Drawer>
  );
}
