import { Alert, App, Button, Checkbox, Flex, Form, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { ORG_TYPE_NAMES, ORG_TYPES, type OrgType } from '../../../domain/org/org-kind.ts';
import { usersApi, type OrgAccountPreview, type OrgSelection } from '../../api/users-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { saveBlob } from '../../lib/save-blob.ts';
import { OrgSelect } from '../../components/org-select.tsx';

interface SelectionForm {
  territoryId?: number | null;
  type?: OrgType | null;
  groupId?: number | null;
  withoutAccount?: boolean;
}

const toSelection = (v: SelectionForm): OrgSelection => ({
  ...(v.territoryId ? { territoryId: v.territoryId } : {}),
  ...(v.type ? { type: v.type } : {}),
  ...(v.groupId ? { groupId: v.groupId } : {}),
  ...(v.withoutAccount ? { withoutAccount: true } : {}),
});

/**
 * «Учётные записи для организаций»: choose organisations (territory, type, group, those without an
 * account) → the list with the logins they will get → create in one action and download the
 * credentials workbook. The workbook is the server's answer, saved straight from memory: the
 * passwords are shown once and kept nowhere.
 */
export function OrgAccountsModal({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SelectionForm>();
  const [preview, setPreview] = useState<OrgAccountPreview[] | null>(null);
  const [groups, setGroups] = useState<{ id: number; name: string }[]>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [selection, setSelection] = useState<OrgSelection>({});
  const loading = useSubmit();
  const creating = useSubmit();

  const show = async (values: SelectionForm): Promise<void> => {
    const sel = toSelection(values);
    const res = await loading.run(() => usersApi.previewForOrgs(sel));
    if (!res) return;
    setSelection(sel);
    setPreview(res.items);
    setGroups(res.groups);
    setChosen(res.items.map((i) => i.orgId));
  };

  const create = async (): Promise<void> => {
    const res = await creating.run(() => usersApi.createForOrgs({ ...selection, orgIds: chosen }));
    if (!res) return;
    saveBlob(res.blob, 'Учётные записи организаций.xlsx');
    void message.success(`Создано учётных записей: ${res.created}. Книга с логинами и паролями скачана — других копий паролей нет.`);
    onCreated();
  };

  return (
    <Modal
      open
      width={900}
      title="Учётные записи для организаций"
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">
            {preview ? `Выбрано организаций: ${chosen.length} из ${preview.length}` : 'Выберите организации и нажмите «Показать»'}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose}>Закрыть</Button>
            <Button
              type="primary"
              disabled={!preview || chosen.length === 0}
              loading={creating.saving}
              onClick={() => void create()}
              data-testid="org-accounts-create"
            >
              Создать и скачать книгу с паролями
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        Каждой выбранной организации создаётся учётная запись представителя с одноразовым паролем. Пароли попадут только в скачанную книгу
        XLSX и больше нигде не показываются; при первом входе пароль нужно сменить.
      </Typography.Paragraph>
      <Form<SelectionForm> form={form} layout="vertical" onFinish={(v) => void show(v)} data-testid="org-accounts-form">
        <Flex gap={12} wrap>
          <Form.Item label="Территория" name="territoryId" style={{ minWidth: 260, flex: 1 }}>
            <OrgSelect placeholder="Вся ваша зона доступа" />
          </Form.Item>
          <Form.Item label="Тип организаций" name="type" style={{ minWidth: 220 }}>
            <Select allowClear placeholder="Все типы" options={ORG_TYPES.map((t) => ({ value: t, label: ORG_TYPE_NAMES[t] }))} />
          </Form.Item>
          <Form.Item label="Группа" name="groupId" style={{ minWidth: 200 }}>
            <Select
              allowClear
              placeholder={groups.length ? 'Все организации' : 'Групп нет'}
              options={groups.map((g) => ({ value: g.id, label: g.name }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12} align="center" justify="space-between">
          <Form.Item name="withoutAccount" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox>Только организации без учётной записи</Checkbox>
          </Form.Item>
          <Button htmlType="submit" loading={loading.saving} data-testid="org-accounts-preview">
            Показать
          </Button>
        </Flex>
      </Form>
      {loading.error ? <Alert type="error" showIcon title={loading.error} style={{ marginTop: 16 }} /> : null}
      {creating.error ? (
        <Alert type="error" showIcon title={creating.error} style={{ marginTop: 16 }} data-testid="org-accounts-error" />
      ) : null}
      {preview ? (
        <Table<OrgAccountPreview>
          style={{ marginTop: 16 }}
          rowKey="orgId"
          size="small"
          dataSource={preview}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as number[]) }}
          data-testid="org-accounts-preview-table"
          columns={[
            { title: 'Организация', dataIndex: 'orgName', key: 'orgName' },
            { title: 'Код', dataIndex: 'orgCode', key: 'orgCode', width: 140 },
            { title: 'Территория', dataIndex: 'territoryName', key: 'territoryName', width: 180 },
            { title: 'Логин', dataIndex: 'login', key: 'login', width: 180 },
            {
              title: 'Уже есть учётных записей',
              dataIndex: 'existingAccounts',
              key: 'existingAccounts',
              width: 120,
              render: (n: number) => (n > 0 ? n : '—'),
            },
          ]}
        />
      ) : null}
    </Modal>
  );
}
