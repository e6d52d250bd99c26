import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { reportsApi, type WorkingGroup, type WorkingGroupMember } from '../../api/reports-api.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../../lib/campaign-status.ts';
import { MEMBER_ROLE_NAMES } from '../../lib/report-labels.ts';
import { useSubmit } from '../../hooks/use-submit.ts';

interface Values {
  name: string;
  orderNumber: string;
  orderDate: string;
  members: WorkingGroupMember[];
}

const ROLE_OPTIONS = Object.entries(MEMBER_ROLE_NAMES).map(([value, label]) => ({ value, label }));

/** `/working-group`: the working group that reviews the territory's reports, and the order that formed it. */
export function WorkingGroupPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [territoryId, setTerritoryId] = useState<number | null>(null);
  const group = useAsyncData(
    (signal) => (territoryId ? reportsApi.workingGroup(territoryId, signal) : Promise.resolve<WorkingGroup | undefined>(undefined)),
    [territoryId],
  );
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const editable = CAMPAIGN_OPERATOR_ROLES.has(user.role);

  useEffect(() => {
    const g = group.data;
    if (g)
      form.setFieldsValue({
        name: g.name,
        orderNumber: g.orderNumber ?? '',
        orderDate: g.orderDate ?? '',
        members: g.members.length ? g.members : [{ fullName: '', post: '', role: 'chair' }],
      });
  }, [group.data, form]);

  const save = async (v: Values) => {
    if (!territoryId) return;
    await run(async () => {
      group.setData(await reportsApi.saveWorkingGroup({ territoryId, ...v, orderDate: v.orderDate ?? '' }));
      void message.success('Состав рабочей группы сохранён');
    });
  };

  return (
    <div className="panel page-panel" data-testid="working-group-page">
      <PageTitle title="Рабочая группа" />
      <Space style={{ marginBottom: 16 }}>
        <span>Территория:</span>
        <CampaignTerritorySelect
          prefer="scope"
          value={territoryId}
          onChange={setTerritoryId}
          testId="working-group-territory"
          style={{ width: 360 }}
        />
      </Space>
      {group.error ? <ErrorAlert error={group.error} onRetry={group.reload} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="working-group-error" /> : null}
      <Form<Values> form={form} layout="vertical" disabled={!editable} onFinish={(v) => void save(v)} data-testid="working-group-form">
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label="Название" name="name" rules={[{ required: true, whitespace: true, message: 'Укажите название' }]}>
              <Input maxLength={300} data-testid="working-group-name" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Приказ о создании: номер" name="orderNumber">
              <Input maxLength={50} placeholder="12-од" data-testid="working-group-order-number" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="дата" name="orderDate">
              <CampaignDateInput testId="working-group-order-date" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Row key={field.key} gutter={8} align="top" data-testid="working-group-member">
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'fullName']} rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}>
                      <Input placeholder="ФИО" maxLength={200} data-testid={`member-name-${i}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'post']} rules={[{ required: true, whitespace: true, message: 'Укажите должность' }]}>
                      <Input placeholder="Должность" maxLength={300} data-testid={`member-post-${i}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={6}>
                    <Form.Item name={[field.name, 'role']}>
                      <Select options={ROLE_OPTIONS} aria-label={`Роль в рабочей группе: участник ${i + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label="Убрать"
                      disabled={!editable || fields.length <= 1}
                    />
                  </Col>
                </Row>
              ))}
              {editable ? (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ fullName: '', post: '', role: 'member' })}
                  data-testid="member-add"
                  style={{ marginBottom: 16 }}
                >
                  Добавить члена рабочей группы
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
        {editable ? (
          <div>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="working-group-save">
              Сохранить состав
            </Button>
          </div>
        ) : null}
      </Form>
    </div>
  );
}
