import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Progress, Result, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { campaignsApi, type FormView } from '../../api/campaigns-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignUploadButton } from './campaign-upload-button.tsx';
import { PageNotLoaded } from '../../components/page-not-loaded.tsx';
import { FormFieldsTable } from './form-fields-table.tsx';
import { FormHeader } from './form-header.tsx';
import { FormReviewActions } from './form-review-actions.tsx';
import { FormSaveStatus, type SaveState } from './form-save-status.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { filledPercent } from '../../lib/campaign-status.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { FormNextErrorButton } from './form-next-error-button.tsx';
import {
  changedKeys,
  draftsOf,
  errorFieldKeys,
  groupByDirection,
  issuesByField,
  remainingSubmitIssues,
  savePayload,
  submitIssues,
  type FieldDraft,
  type FormDrafts,
} from '../../lib/form-fields.ts';

/** Drafts are saved this long after the last keystroke. */
const SAVE_DELAY_MS = 700;

/**
 * The form's drafts as the user types, saved in the background: only the changed fields, with the
 * version the page holds, one save at a time. A save refused because someone else saved meanwhile
 * stops the autosave until the form is reloaded.
 */
function useFormDraft(campaignId: number, orgId: number) {
  const load = useAsyncData((signal) => campaignsApi.getForm(campaignId, orgId, signal), [campaignId, orgId]);
  const [form, setForm] = useState<FormView | null>(null);
  const [drafts, setDrafts] = useState<FormDrafts>({});
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [submitted, setSubmitted] = useState<{ key: string; message: string }[]>([]);
  const formRef = useRef<FormView | null>(null);
  const draftsRef = useRef<FormDrafts>({});
  const savedRef = useRef<FormDrafts>({});
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  /** Takes the server's form as it is, dropping local edits (after loading, submitting or a review move). */
  const adopt = useCallback((next: FormView) => {
    formRef.current = next;
    const d = draftsOf(next);
    draftsRef.current = d;
    savedRef.current = d;
    blocked.current = false;
    setForm(next);
    setDrafts(d);
    setSubmitted([]);
    setSaveState({ status: 'idle' });
  }, []);

  useEffect(() => {
    if (load.data) adopt(load.data);
  }, [load.data, adopt]);

  const save = useCallback(async (): Promise<boolean> => {
    const current = formRef.current;
    if (blocked.current || !current) return false;
    const keys = changedKeys(draftsRef.current, savedRef.current);
    if (keys.length === 0) return true;
    const sent = Object.fromEntries(keys.map((k) => [k, draftsRef.current[k] as FieldDraft]));
    setSaveState({ status: 'saving' });
    try {
      const next = await campaignsApi.saveForm(campaignId, orgId, {
        version: current.version,
        values: savePayload(draftsRef.current, keys),
      });
      savedRef.current = { ...savedRef.current, ...sent };
      formRef.current = next;
      setForm(next);
      setSubmitted((s) => remainingSubmitIssues(s, keys, current.issues, next.issues));
      const more = changedKeys(draftsRef.current, savedRef.current).length > 0;
      setSaveState(more ? { status: 'pending' } : { status: 'saved', at: new Date() });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        blocked.current = true;
        setSaveState({ status: 'conflict', message: error.message });
      } else {
        setSaveState({ status: 'error', message: errorMessage(error) });
      }
      return false;
    }
  }, [campaignId, orgId]);

  /** Saves what is pending now (after any save in progress); true when nothing is left unsaved. */
  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const run = queue.current.then(save);
    queue.current = run;
    return run.then((ok) => {
      // typed while saving: save again after the pause
      if (ok && changedKeys(draftsRef.current, savedRef.current).length > 0 && !timer.current) {
        timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
      }
      return ok && changedKeys(draftsRef.current, savedRef.current).length === 0;
    });
  }, [save]);

  const change = useCallback(
    (key: string, patch: Partial<FieldDraft>) => {
      const prev = draftsRef.current[key] ?? { raw: '', comment: '' };
      const next = { ...draftsRef.current, [key]: { ...prev, ...patch } };
      draftsRef.current = next;
      setDrafts(next);
      if (patch.raw !== undefined) setSubmitted((s) => s.filter((i) => i.key !== key));
      if (blocked.current) return;
      setSaveState((s) => (s.status === 'saving' ? s : { status: 'pending' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  // Leaving the page saves what was typed in the last moment.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void queue.current.then(save);
      }
    },
    [save],
  );

  const markConflict = useCallback((message: string) => {
    blocked.current = true;
    setSaveState({ status: 'conflict', message });
  }, []);

  return { load, form, drafts, saveState, submitted, setSubmitted, adopt, change, flush, formRef, markConflict };
}

/** How many fields of a section have an error, beside its title; nothing when none. */
function SectionErrors({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span style={{ marginLeft: 8, fontSize: 13, fontWeight: 400, color: '#cf1322' }} data-testid="form-direction-errors">
      {count} {pluralRu(count, 'ошибка', 'ошибки', 'ошибок')}
    </span>
  );
}

/** `/campaigns/:id/forms/:orgId`: one organisation's form — fill in, save drafts, submit; operators return, accept, reopen. */
export function CampaignFormPage({ campaignId, orgId }: { campaignId: number; orgId: number }) {
  const { message } = App.useApp();
  const { load, form, drafts, saveState, submitted, setSubmitted, adopt, change, flush, formRef, markConflict } = useFormDraft(
    campaignId,
    orgId,
  );
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<{ message: string; validation: boolean } | null>(null);

  const issues = useMemo(() => (form ? issuesByField(form.fields, form.issues, submitted) : null), [form, submitted]);
  const groups = useMemo(() => groupByDirection(form?.fields ?? []), [form?.fields]);
  const order = useMemo(() => groups.flatMap((g) => g.fields.map((f) => f.key)), [groups]);
  const errorKeys = useMemo(() => errorFieldKeys(order, issues?.byKey ?? new Map()), [order, issues]);
  // the field last focused: «К следующей ошибке» goes on from there
  const lastField = useRef<string | null>(null);

  if (!form) {
    return (
      <PageNotLoaded
        error={load.error}
        loading={load.loading}
        onRetry={load.reload}
        unavailable={{
          forbidden: 'Нет доступа к этой форме',
          notFound: 'Форма не найдена',
          back: <AppLink to="/campaigns">К списку кампаний</AppLink>,
          testId: 'form-unavailable',
        }}
      />
    );
  }

  const submit = async (): Promise<void> => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      if (!(await flush())) {
        setSubmitError({ message: 'Черновик не сохранён: форма не отправлена. Повторите попытку.', validation: false });
        return;
      }
      const current = formRef.current ?? form;
      adopt(await campaignsApi.submit(campaignId, orgId, current.version));
      void message.success('Форма отправлена на проверку');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        markConflict(error.message);
        return;
      }
      const fieldIssues = error instanceof ApiError && error.code === 'validation_failed' ? submitIssues(error.details) : [];
      setSubmitted(fieldIssues);
      setSubmitError({ message: errorMessage(error), validation: fieldIssues.length > 0 });
    } finally {
      setSubmitting(false);
    }
  };

  const refresh = (): void => {
    setSubmitError(null);
    load.reload();
  };

  const conflict = saveState.status === 'conflict' ? saveState.message : null;
  const percent = filledPercent(form.filled, form.fields.length);
  const returned = form.comment && form.status === 'returned';
  const buttons = (
    <>
      <Button href={campaignsApi.templateUrl(campaignId, orgId)} download icon={<DownloadOutlined />} data-testid="form-template">
        Скачать шаблон
      </Button>
      {form.editable ? (
        <CampaignUploadButton
          campaignId={campaignId}
          label="Загрузить файл"
          beforeSend={flush}
          onUploaded={() => load.reload()}
          disabled={Boolean(conflict)}
        />
      ) : null}
      <FormReviewActions form={form} onChange={adopt} />
      {form.editable ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={submitting}
          disabled={Boolean(conflict)}
          onClick={() => void submit()}
          data-testid="form-submit"
        >
          Отправить на проверку
        </Button>
      ) : null}
    </>
  );

  const showSubmitError = submitError !== null && (!submitError.validation || submitted.length > 0);
  return (
    <Flex vertical gap={12} data-testid="campaign-form-page" data-status={form.status} data-version={form.version}>
      <div className="panel page-panel" style={{ padding: '12px 20px 14px' }}>
        <FormHeader form={form} />
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginTop: 10 }}>
          <Flex align="center" gap={16} wrap style={{ minWidth: 0 }}>
            <Flex align="center" gap={8} style={{ width: 220 }}>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }} data-testid="form-filled">
                Заполнено {form.filled} из {form.fields.length}
              </Typography.Text>
              <Progress percent={percent} size="small" showInfo={false} style={{ margin: 0, flex: 1 }} aria-label="Заполнено полей формы" />
            </Flex>
            {form.editable ? (
              <FormSaveStatus state={saveState} onRetry={() => void flush()} />
            ) : (
              <Typography.Text type="secondary" data-testid="form-readonly-note">
                {form.status === 'submitted'
                  ? 'Отправлена на проверку: изменить значения можно после возврата на доработку.'
                  : form.status === 'accepted'
                    ? 'Принята: значения учтены в результатах.'
                    : 'Только для просмотра.'}
              </Typography.Text>
            )}
          </Flex>
          <Flex wrap gap={8} justify="end">
            {buttons}
          </Flex>
        </Flex>
        {form.comment ? (
          <Alert
            type={returned ? 'warning' : 'info'}
            showIcon
            style={{ marginTop: 10 }}
            title={
              <span style={{ whiteSpace: 'pre-line' }}>
                <b>{returned ? 'Возвращена на доработку. Комментарий оператора: ' : 'Открыта повторно. Причина: '}</b>
                {form.comment}
              </span>
            }
            data-testid="form-comment"
          />
        ) : null}
        {conflict ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 10 }}
            title="Черновик не сохранён: форму изменили"
            description={conflict}
            action={
              <Button size="small" type="primary" onClick={refresh} data-testid="form-refresh">
                Обновить форму
              </Button>
            }
            data-testid="form-conflict"
          />
        ) : null}
        {showSubmitError ? (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setSubmitError(null) }}
            style={{ marginTop: 10 }}
            title={submitError.message}
            description={
              errorKeys.length ? `Ошибки в ${errorKeys.length} ${pluralRu(errorKeys.length, 'поле', 'полях', 'полях')} формы.` : undefined
            }
            action={errorKeys.length ? <FormNextErrorButton order={order} errors={errorKeys} lastField={lastField} /> : undefined}
            data-testid="form-submit-error"
          />
        ) : null}
        {issues?.other.length ? (
          <Alert
            type={issues.other.some((i) => i.severity === 'error') ? 'error' : 'warning'}
            showIcon
            style={{ marginTop: 10 }}
            title="Проверка формы"
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {issues.other.map((i, n) => (
                  <li key={n}>{i.message}</li>
                ))}
              </ul>
            }
            data-testid="form-other-issues"
          />
        ) : null}
      </div>
      {groups.map((group) => (
        <div
          key={group.code}
          className="panel page-panel"
          style={{ padding: '10px 16px 12px' }}
          data-testid="form-direction"
          onFocus={(e) => {
            const key = (e.target as HTMLElement).dataset.field;
            if (key) lastField.current = key;
          }}
        >
          <Typography.Title level={2} className="section-title" style={{ marginBottom: 8 }}>
            {group.name}
            <SectionErrors count={group.fields.filter((f) => errorKeys.includes(f.key)).length} />
          </Typography.Title>
          <FormFieldsTable
            fields={group.fields}
            drafts={drafts}
            issues={issues?.byKey ?? new Map()}
            editable={form.editable && !conflict}
            previousPeriodName={form.previousPeriodName}
            onChange={change}
          />
        </div>
      ))}
      {form.fields.length === 0 ? (
        <div className="panel page-panel">
          <Result status="info" title="В форме нет полей" subTitle="Показатели кампании не требуют данных от этой организации." />
        </div>
      ) : null}
    </Flex>
  );
}
