import { CheckOutlined } from '@ant-design/icons';
import { Flex, Input } from 'antd';
import type { FormField } from '../../api/campaigns-api.ts';
import { fieldLabel, isConfirmed, messageUnderField, needsComment, type FieldDraft, type FieldIssue } from '../../lib/form-fields.ts';

interface FormFieldInputProps {
  field: FormField;
  draft: FieldDraft;
  issues: FieldIssue[] | undefined;
  editable: boolean;
  onChange: (key: string, patch: Partial<FieldDraft>) => void;
}

const ISSUE_COLORS = { error: '#cf1322', warning: '#d46b08', confirmed: 'rgba(0, 0, 0, 0.5)' } as const;

/** The value of one field, its problems under it, and a confirming comment beside it when a warning asks for one. */
export function FormFieldInput({ field, draft, issues, editable, onChange }: FormFieldInputProps) {
  const label = fieldLabel(field);
  const error = issues?.some((i) => i.severity === 'error');
  const warning = issues?.some((i) => i.severity === 'warning' && !isConfirmed(i));
  const comment = needsComment(issues, draft.comment);
  return (
    <Flex vertical gap={3}>
      <Flex gap={6} align="center">
        <Input
          size="small"
          value={draft.raw}
          readOnly={!editable}
          variant={editable ? 'outlined' : 'filled'}
          status={error ? 'error' : warning ? 'warning' : undefined}
          inputMode="decimal"
          placeholder={editable ? (field.valueType === 'boolean' ? '1 — да, 0 — нет' : '') : ''}
          onChange={(e) => onChange(field.key, { raw: e.target.value })}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          data-field={field.key}
          style={{ width: 120, flex: 'none', textAlign: 'right' }}
        />
        {comment ? (
          <Input
            size="small"
            value={draft.comment}
            readOnly={!editable}
            variant={editable ? 'outlined' : 'filled'}
            placeholder="Подтвердите значение комментарием"
            title="Подтвердите значение комментарием"
            onChange={(e) => onChange(field.key, { comment: e.target.value })}
            aria-label={`Комментарий: ${label}`}
            data-field-comment={field.key}
            maxLength={500}
            style={{ maxWidth: 360 }}
          />
        ) : null}
      </Flex>
      {(issues ?? []).map((issue, i) => {
        const confirmed = isConfirmed(issue);
        return (
          <div
            key={i}
            style={{ color: ISSUE_COLORS[confirmed ? 'confirmed' : issue.severity], fontSize: 12, lineHeight: 1.35 }}
            data-testid="field-issue"
            data-severity={confirmed ? 'confirmed' : issue.severity}
            data-issue-field={field.key}
          >
            {confirmed ? <CheckOutlined style={{ marginRight: 4 }} /> : null}
            {messageUnderField(issue.message, field)}
          </div>
        );
      })}
    </Flex>
  );
}
