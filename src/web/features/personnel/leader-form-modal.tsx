import { Col, Form, Input, Row, Select } from 'antd';
import { personnelApi, type LeaderCard, type LeaderInput } from '../../api/personnel-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { EDUCATION_LEVEL_NAMES, MGMT_EDUCATION_DIRECTIONS } from '../../lib/personnel-labels.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { PostKindField, PostTitleField } from './register-fields.tsx';

const EDUCATION_OPTIONS = Object.entries(EDUCATION_LEVEL_NAMES).map(([value, label]) => ({ value, label }));
const MGMT_OPTIONS = [{ value: '', label: 'нет' }, ...MGMT_EDUCATION_DIRECTIONS.map((d) => ({ value: d, label: d }))];

type Values = Omit<LeaderInput, 'mgmtEducation' | 'leftOn'> & { mgmtEducation: string; leftOn: string };

/** Adds a leader to the register of a municipality, or edits one (with the record's version). */
export function LeaderFormModal({
  municipalityId,
  organisations,
  leader,
  onClose,
  onDone,
}: {
  municipalityId: number;
  organisations: { id: number; name: string }[];
  leader?: LeaderCard;
  onClose: () => void;
  onDone: (leader: LeaderCard) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const initial: Partial<Values> = leader
    ? {
        orgId: leader.org.id,
        fullName: leader.fullName,
        postKind: leader.postKind,
        postTitle: leader.postTitle,
        appointedOn: leader.appointedOn,
        leftOn: leader.leftOn ?? '',
        educationLevel: leader.educationLevel,
        education: leader.education,
        mgmtEducation: leader.mgmtEducation ?? '',
        login: leader.login ?? '',
      }
    : { postKind: 'head', educationLevel: 'higher', mgmtEducation: '', appointedOn: isoToday(), leftOn: '' };
  const save = async (v: Values) => {
    const input: LeaderInput = { ...v, mgmtEducation: v.mgmtEducation || null, leftOn: v.leftOn || null, login: v.login?.trim() || null };
    const saved = await run(() =>
      leader
        ? personnelApi.updateLeader(leader.id, { ...input, version: leader.version })
        : personnelApi.createLeader(municipalityId, input),
    );
    if (saved) onDone(saved.leader);
  };
  return (
    <FormModal
      width={720}
      title={leader ? 'Изменить запись руководителя' : 'Добавить руководителя'}
      okText="Сохранить"
      testId="leader-form-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
        <Form.Item label="Организация" name="orgId" rules={[{ required: true, message: 'Выберите организацию' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            data-testid="leader-org"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label="ФИО" name="fullName" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}>
              <Input maxLength={300} data-testid="leader-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Учётная запись самого человека (логин, если есть)" name="login">
              <Input maxLength={100} placeholder="не обязательно" />
            </Form.Item>
          </Col>
          <PostKindField />
          <PostTitleField testId="leader-post" />
          <Col xs={12} md={8}>
            <Form.Item label="Назначен" name="appointedOn" rules={[{ required: true, message: 'Укажите дату' }]}>
              <CampaignDateInput testId="leader-appointed" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label="Освободил должность" name="leftOn">
              <CampaignDateInput testId="leader-left" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Уровень образования" name="educationLevel">
              <Select options={EDUCATION_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Подготовка по управлению"
              name="mgmtEducation"
              tooltip="Высшее образование или дополнительная профессиональная подготовка (seed 003, показатели D1.06, D5.1.01)"
            >
              <Select options={MGMT_OPTIONS} data-testid="leader-mgmt" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Образование (учреждение, специальность, год)" name="education">
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
