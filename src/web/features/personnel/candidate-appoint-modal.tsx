import { Alert, Col, Form, Input, Row, Select } from 'antd';
import { personnelApi, type AppointmentInput, type CandidateCard, type LeaderList } from '../../api/personnel-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { PostKindField, PostTitleField } from './register-fields.tsx';

/**
 * Appointment of a candidate to a vacant post: a step recorded with the order and who approved it.
 * A head's post is offered only where it is vacant; a deputy's in any organisation.
 */
export function CandidateAppointModal({
  candidate,
  register,
  onClose,
  onDone,
}: {
  candidate: CandidateCard;
  register: LeaderList;
  onClose: () => void;
  onDone: (c: CandidateCard) => void;
}) {
  const [form] = Form.useForm<AppointmentInput>();
  const postKind = Form.useWatch('postKind', form) ?? 'head';
  const { saving, error, run } = useSubmit();
  const options = (postKind === 'head' ? register.vacancies.map((v) => ({ id: v.orgId, name: v.name })) : register.organisations).map(
    (o) => ({ value: o.id, label: o.name }),
  );
  const save = async (v: AppointmentInput) => {
    const saved = await run(() => personnelApi.appoint(candidate.id, v));
    if (saved) onDone(saved.candidate);
  };
  return (
    <FormModal
      width={680}
      title={`Назначение на должность: ${candidate.fullName}`}
      okText="Назначить"
      testId="appoint-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="Назначение записывается как утверждённый шаг: приказ, кто утвердил. Новый руководитель появится в реестре руководителей."
      />
      {postKind === 'head' && register.vacancies.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Вакантных должностей руководителя нет: у всех организаций есть руководитель."
        />
      ) : null}
      <Form<AppointmentInput>
        form={form}
        layout="vertical"
        initialValues={{ postKind: 'head', appointedOn: isoToday(), orderDate: isoToday(), orgId: register.vacancies[0]?.orgId }}
        onFinish={(v) => void save(v)}
      >
        <Row gutter={12}>
          <PostKindField />
          <Col xs={24} md={16}>
            <Form.Item
              label={postKind === 'head' ? 'Вакансия руководителя' : 'Организация'}
              name="orgId"
              rules={[{ required: true, message: 'Выберите организацию' }]}
            >
              <Select showSearch={{ optionFilterProp: 'label' }} options={options} data-testid="appoint-org" />
            </Form.Item>
          </Col>
          <PostTitleField testId="appoint-post" />
          <Col xs={24} md={8}>
            <Form.Item label="Дата назначения" name="appointedOn" rules={[{ required: true, message: 'Укажите дату' }]}>
              <CampaignDateInput testId="appoint-date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label="Приказ №" name="orderNumber" rules={[{ required: true, whitespace: true, message: 'Укажите номер' }]}>
              <Input maxLength={100} data-testid="appoint-order" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label="от" name="orderDate" rules={[{ required: true, message: 'Укажите дату' }]}>
              <CampaignDateInput testId="appoint-order-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Утвердил (ФИО)" name="approvedByName" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}>
              <Input maxLength={300} data-testid="appoint-approver" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Должность утвердившего"
              name="approvedByPost"
              rules={[{ required: true, whitespace: true, message: 'Укажите должность' }]}
              style={{ marginBottom: 0 }}
            >
              <Input maxLength={300} placeholder="начальник управления образования" data-testid="appoint-approver-post" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
