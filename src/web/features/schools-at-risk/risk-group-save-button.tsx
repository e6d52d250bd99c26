import { SaveOutlined } from '@ant-design/icons';
import { Button, Input, Typography, message } from 'antd';
import { useState } from 'react';
import { schoolsAtRiskApi, type RiskList } from '../../api/schools-at-risk-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { FormModal } from '../../components/form-modal.tsx';

interface RiskGroupSaveButtonProps {
  territoryId: number;
  list: RiskList;
  periodCode: string | null;
  orgIds: number[];
  params: Record<string, unknown>;
  defaultName: string;
}

/** «Сохранить как группу»: the schools of the list become an organisation group of the territory (name asked first). */
export function RiskGroupSaveButton({ territoryId, list, periodCode, orgIds, params, defaultName }: RiskGroupSaveButtonProps) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(defaultName);
  const submit = useSubmit();
  const [api, holder] = message.useMessage();
  const save = () =>
    void submit
      .run(() => schoolsAtRiskApi.saveGroup({ territoryId, list, name, orgIds, periodCode, params }))
      .then((group) => {
        if (!group) return;
        setOpen(false);
        void api.success({
          content: `Группа «${group.name}» сохранена: ${group.members} ${pluralRu(group.members, 'школа', 'школы', 'школ')}.`,
          duration: 6,
        });
      });
  return (
    <>
      {holder}
      <Button
        icon={<SaveOutlined />}
        disabled={orgIds.length === 0}
        onClick={() => {
          setName(defaultName);
          submit.setError(null);
          setOpen(true);
        }}
        data-testid={`${list}-save-group`}
      >
        Сохранить как группу
      </Button>
      {open && (
        <FormModal
          title="Сохранить список как группу организаций"
          okText="Сохранить"
          testId={`${list}-group-ok`}
          saving={submit.saving}
          error={submit.error}
          onOk={save}
          onClose={() => setOpen(false)}
        >
          <Typography.Paragraph>
            В группу войдут {orgIds.length} {pluralRu(orgIds.length, 'школа', 'школы', 'школ')} из списка. Группа будет видна в карточке
            каждой школы.
          </Typography.Paragraph>
          <label htmlFor={`${list}-group-name`}>Название группы</label>
          <Input
            id={`${list}-group-name`}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-testid={`${list}-group-name`}
          />
        </FormModal>
      )}
    </>
  );
}
