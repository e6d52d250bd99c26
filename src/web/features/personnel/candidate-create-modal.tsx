import { Col, Form, Input, Row, Select } from 'antd';
import { personnelApi, type CandidateCard, type CandidateInput, type ReserveRound } from '../../api/personnel-api.ts';
import { useFormSave } from '../../hooks/use-form-save.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { EDUCATION_LEVEL_NAMES, MGMT_EDUCATION_DIRECTIONS } from '../../lib/personnel-labels.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';

const EDUCATION_OPTIONS = Object.entries(EDUCATION_LEVEL_NAMES).map(([value, label]) => ({ value, label }));
const MGMT_OPTIONS = [{ value: '', label: 'нет' }, ...MGMT_EDUCATION_DIRECTIONS.map((d) => ({ value: d, label: d }))];

type Values = Omit<CandidateInput, 'mgmtEducation'> & { mgmtEducation: string };

/** «Выдвинуть кандидата»: a candidate for inclusion in the municipality's reserve. */
export function CandidateCreateModal({
  municipalityId,
  organisations,
  rounds,
  onClose,
  onDone,
}: {
  municipalityId: number;
  organisations: { id: number; name: string }[];
  rounds: ReserveRound[];
  onClose: () => void;
  onDone: (c: CandidateCard) => void;
}) {
  const { form, saving, error, save } = useFormSave(
    (v: Values) =>
      personnelApi.addCandidate(municipalityId, {
        ...v,
        mgmtEducation: v.mgmtEducation || null,
        workplaceOrgId: v.workplaceOrgId ?? null,
        roundId: v.roundId ?? null,
        login: v.login?.trim() || null,
      }),
    (saved) => onDone(saved.candidate),
  );
  return (
    <FormModal
      width={720}
      title="Выдвинуть кандидата в кадровый резерв"
      okText="Выдвинуть"
      testId="candidate-create-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          educationLevel: 'higher',
          mgmtEducation: '',
          nominatedOn: isoToday(),
          targetPost: 'директор общеобразовательной организации',
          roundId: rounds.at(-1)?.id,
        }}
        onFinish={(v) => void save(v)}
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label="ФИО" name="fullName" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}>
              <Input maxLength={300} data-testid="candidate-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Дата выдвижения" name="nominatedOn" rules={[{ required: true, message: 'Укажите дату' }]}>
              <CampaignDateInput testId="candidate-nominated" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Место работы" name="workplaceOrgId">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={organisations.map((o) => ({ value: o.id, label: o.name }))}
                data-testid="candidate-workplace"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Занимаемая должность"
              name="currentPost"
              rules={[{ required: true, whitespace: true, message: 'Укажите должность' }]}
            >
              <Input maxLength={300} data-testid="candidate-post" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Резерв на должность"
              name="targetPost"
              rules={[{ required: true, whitespace: true, message: 'Укажите должность' }]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Конкурсный отбор" name="roundId">
              <Select allowClear options={rounds.map((r) => ({ value: r.id, label: r.title }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Образование" name="educationLevel">
              <Select options={EDUCATION_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label="Подготовка по управлению" name="mgmtEducation">
              <Select options={MGMT_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="Учётная запись самого кандидата (логин, если есть)" name="login" style={{ marginBottom: 0 }}>
              <Input maxLength={100} placeholder="не обязательно" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
