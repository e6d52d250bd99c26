import { Alert, App, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { orgsApi } from '../../api/orgs-api.ts';
import type { OrgDetail } from '../../api/types.ts';
import type { OrgEditValues } from '../../lib/build-org-patch.ts';
import { buildOrgPatch, orgToEditValues } from '../../lib/build-org-patch.ts';
import { OrgEditForm } from './org-edit-form.tsx';

interface OrgEditModalProps {
  org: OrgDetail;
  onClose: () => void;
  /** Called with the saved (or freshly reloaded) organisation. */
  onSaved: (org: OrgDetail) => void;
}

type Problem = { kind: 'conflict' | 'error'; message: string } | null;

/** Modal form editing an organisation, with optimistic-lock (version) conflict handling. */
export function OrgEditModal({ org, onClose, onSaved }: OrgEditModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgEditValues>();
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const save = async (values: OrgEditValues): Promise<void> => {
    const patch = buildOrgPatch(org, values);
    if (!patch) {
      void message.info('Изменений нет');
      onClose();
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const saved = await orgsApi.update(org.id, patch);
      void message.success('Изменения сохранены');
      onSaved(saved);
      onClose();
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'version_conflict';
      setProblem({ kind: conflict ? 'conflict' : 'error', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  // Loads the current version; the user's unsaved input is replaced by the fresh data.
  const reload = async (): Promise<void> => {
    setReloading(true);
    try {
      const fresh = await orgsApi.get(org.id);
      onSaved(fresh);
      form.setFieldsValue(orgToEditValues(fresh));
      setProblem(null);
      void message.info('Загружена актуальная версия. Внесите изменения повторно.');
    } catch (error) {
      setProblem({ kind: 'error', message: errorMessage(error) });
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open
      title="Редактирование организации"
      width={720}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Сохранить"
      cancelText="Отмена"
      confirmLoading={saving}
      okButtonProps={{ disabled: problem?.kind === 'conflict', ...{ 'data-testid': 'org-edit-save' } }}
      mask={{ closable: false }}
      style={{ top: 24 }}
      styles={{ body: { maxHeight: 'calc(100vh - 190px)', overflowY: 'auto', paddingRight: 8 } }}
      destroyOnHidden
    >
      {problem ? (
        <Alert
          type={problem.kind === 'conflict' ? 'warning' : 'error'}
          showIcon
          title={problem.kind === 'conflict' ? 'Конфликт версий' : 'Не удалось сохранить'}
          description={problem.message}
          style={{ marginBottom: 16 }}
          data-testid="org-edit-problem"
          action={
            problem.kind === 'conflict' ? (
              <Button size="small" loading={reloading} onClick={() => void reload()}>
                Загрузить актуальную версию
              </Button>
            ) : undefined
          }
        />
      ) : null}
      <OrgEditForm form={form} kind={org.kind} initialValues={orgToEditValues(org)} onFinish={(v) => void save(v)} />
    </Modal>
  );
}
