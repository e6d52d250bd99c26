import { Alert, Form, Modal, Radio, Select } from 'antd';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import { periodsApi } from '../../api/periods-api.ts';
import { reportsApi, type GenerateInput, type ReportDetail } from '../../api/reports-api.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { catalogueOption } from '../../lib/catalogue-option.ts';

interface Values {
  catalogueId: number;
  periodId: number;
  scopeKind: GenerateInput['scopeKind'];
  territoryId?: number;
  directionCode?: string;
  orgId?: number;
}

/** «Сформировать отчёт»: methodology, period, and what the report covers. */
export function ReportCreateModal({ onClose, onCreated }: { onClose: () => void; onCreated: (r: ReportDetail) => void }) {
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const catalogues = useAsyncData((signal) => cataloguesApi.list(signal), []);
  const periods = useAsyncData((signal) => periodsApi.list(signal), []);
  const catalogueId = Form.useWatch('catalogueId', form);
  const scopeKind = Form.useWatch('scopeKind', form);
  const detail = useAsyncData(
    (signal) => (catalogueId ? cataloguesApi.get(catalogueId, signal) : Promise.resolve(undefined)),
    [catalogueId],
  );
  const directions = (detail.data?.catalogue.blocks ?? []).flatMap((b) =>
    b.directions.map((d) => ({ value: d.code, label: `${d.code}. ${d.name}` })),
  );

  const save = async (v: Values) => {
    await run(async () => {
      onCreated(
        await reportsApi.generate({
          catalogueId: v.catalogueId,
          periodId: v.periodId,
          scopeKind: v.scopeKind,
          ...(v.scopeKind !== 'organisation' && v.territoryId ? { territoryId: v.territoryId } : {}),
          ...(v.scopeKind === 'direction' && v.directionCode ? { directionCode: v.directionCode } : {}),
          ...(v.scopeKind === 'organisation' && v.orgId ? { orgId: v.orgId } : {}),
        }),
      );
    });
  };

  return (
    <Modal
      open
      title="Сформировать аналитический отчёт"
      okText="Сформировать"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'report-create-submit' }}
      mask={{ closable: false }}
      destroyOnHidden
      width={640}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="report-create-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ scopeKind: 'direction' }}
        onFinish={(v) => void save(v)}
        data-testid="report-create-form"
      >
        <Form.Item label="Методика" name="catalogueId" rules={[{ required: true, message: 'Выберите методику' }]}>
          <Select<number>
            loading={catalogues.loading}
            options={(catalogues.data ?? []).filter((c) => c.kind === 'indicators').map(catalogueOption)}
            onChange={() => form.setFieldValue('directionCode', undefined)}
            classNames={{ popup: { root: 'report-catalogue-popup' } }}
            data-testid="report-catalogue"
          />
        </Form.Item>
        <Form.Item label="Отчётный период" name="periodId" rules={[{ required: true, message: 'Выберите период' }]}>
          <Select<number>
            loading={periods.loading}
            options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            classNames={{ popup: { root: 'report-period-popup' } }}
            data-testid="report-period"
          />
        </Form.Item>
        <Form.Item label="Отчёт" name="scopeKind">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'direction', label: 'По направлению' },
              { value: 'monitoring', label: 'По мониторингу в целом' },
              { value: 'organisation', label: 'По организации' },
            ]}
            data-testid="report-scope-kind"
          />
        </Form.Item>
        {scopeKind === 'direction' ? (
          <Form.Item label="Направление" name="directionCode" rules={[{ required: true, message: 'Выберите направление' }]}>
            <Select<string>
              options={directions}
              loading={detail.loading}
              classNames={{ popup: { root: 'report-direction-popup' } }}
              data-testid="report-direction"
            />
          </Form.Item>
        ) : null}
        {scopeKind === 'organisation' ? (
          <Form.Item label="Организация" name="orgId" rules={[{ required: true, message: 'Выберите организацию' }]}>
            <OrgSelect kind="organisation" />
          </Form.Item>
        ) : (
          <Form.Item label="Территория" name="territoryId" rules={[{ required: true, message: 'Выберите территорию' }]}>
            <CampaignTerritorySelect prefer="scope" testId="report-territory" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
