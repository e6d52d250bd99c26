import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import type { OrgKind } from '../../api/types.ts';
import type { OrgEditValues } from '../../lib/build-org-patch.ts';

interface OrgEditFormProps {
  form: FormInstance<OrgEditValues>;
  kind: OrgKind;
  initialValues: OrgEditValues;
  onFinish: (values: OrgEditValues) => void;
}

const SETTLEMENT_OPTIONS = [
  { value: 'urban', label: 'Городская' },
  { value: 'rural', label: 'Сельская' },
];

/** Fields of the «Редактирование организации» form. */
export function OrgEditForm({ form, kind, initialValues, onFinish }: OrgEditFormProps) {
  const isOrganisation = kind === 'organisation';
  return (
    <Form<OrgEditValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} data-testid="org-edit-form">
      <Form.Item label="Полное наименование" name="name" rules={[{ required: true, whitespace: true, message: 'Укажите наименование' }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
      </Form.Item>
      <Form.Item label="Краткое наименование" name="shortName">
        <Input maxLength={200} allowClear />
      </Form.Item>
      <Form.Item
        label="Другие названия"
        name="aliases"
        tooltip="Используются при поиске и сопоставлении данных. Введите название и нажмите Enter."
      >
        <Select mode="tags" open={false} tokenSeparators={[';']} placeholder="Нет" suffixIcon={null} />
      </Form.Item>
      {isOrganisation ? (
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="Местность" name="settlement">
              <Select options={SETTLEMENT_OPTIONS} allowClear placeholder="Не указана" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Обучающихся" name="pupils" tooltip="Для детского сада — число воспитанников">
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Работников" name="staff">
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <>
          <Form.Item
            label="Орган управления образованием"
            name="authority"
            tooltip="Как его называют приказы и регламенты, например «Управление образования администрации Промышленновского муниципального округа». Если не указан, название составляется из названия территории."
          >
            <Input maxLength={500} allowClear />
          </Form.Item>
          <Row gutter={12}>
            <Col span={16}>
              <Form.Item label="Административный центр" name="centre">
                <Input maxLength={200} allowClear />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Местность" name="settlement">
                <Select options={SETTLEMENT_OPTIONS} allowClear placeholder="Не указана" />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      <Form.Item label="Руководитель" name="headName">
        <Input maxLength={200} allowClear />
      </Form.Item>
      <Form.Item label="Адрес" name="address">
        <Input maxLength={500} allowClear />
      </Form.Item>
      <Form.Item label="Примечание" name="note" style={{ marginBottom: 0 }}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
    </Form>
  );
}
