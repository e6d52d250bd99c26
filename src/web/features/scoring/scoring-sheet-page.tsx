import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Collapse, Flex, Result, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { scoringApi, type CreatedEvidence, type ScoringSheet } from '../../api/scoring-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { PageNotLoaded } from '../../components/page-not-loaded.tsx';
import { ScoringAgreeModal } from './scoring-agree-modal.tsx';
import { ScoringDirectionBody } from './scoring-direction-body.tsx';
import { ScoringExplainDrawer } from './scoring-explain-drawer.tsx';
import { ScoringIndexSummary } from './scoring-index-summary.tsx';
import { ScoringSheetHeader } from './scoring-sheet-header.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import {
  changedCodes,
  draftsOf,
  issuesByPosition,
  rebaseDrafts,
  savePayload,
  type ScoreDraft,
  type ScoreDrafts,
} from '../../lib/scoring-drafts.ts';
import type { ExplainTarget } from '../../lib/scoring-explain.ts';
import { directionCounts, groupPositions, onlyDisputed } from '../../lib/scoring-groups.ts';
import { scoredLabel } from '../../lib/scoring-labels.ts';

const scoresWord = (n: number) => `${n} ${pluralRu(n, 'позиция', 'позиции', 'позиций')}`;

/** `/scoring/:id/objects/:orgId`: the scoring sheet — a scorer's points with comments, links and files; the managers' agreement of disagreements. */
export function ScoringSheetPage({ roundId, orgId }: { roundId: number; orgId: number }) {
  const { message } = App.useApp();
  const { user } = useSession();
  const load = useAsyncData((signal) => scoringApi.sheet(roundId, orgId, signal), [roundId, orgId]);
  const [sheet, setSheet] = useState<ScoringSheet | null>(null);
  const [drafts, setDrafts] = useState<ScoreDrafts>({});
  const [saved, setSaved] = useState<ScoreDrafts>({});
  const draftsRef = useRef<ScoreDrafts>({});
  const [issues, setIssues] = useState<Map<string, string[]>>(new Map());
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [disputedOnly, setDisputedOnly] = useState(false);
  const [open, setOpen] = useState<string[]>([]);
  const [agreeing, setAgreeing] = useState<string | null>(null);
  const [explain, setExplain] = useState<ExplainTarget | null>(null);

  useEffect(() => {
    const next = load.data;
    if (!next) return;
    const d = draftsOf(next.positions);
    setSheet(next);
    setDrafts(d);
    draftsRef.current = d;
    setSaved(d);
    setIssues(new Map());
    setOpen((o) => (o.length ? o : next.positions[0] ? [next.positions[0].directionCode] : []));
  }, [load.data]);

  const changed = useMemo(() => new Set(changedCodes(drafts, saved)), [drafts, saved]);
  const dirty = changed.size > 0;

  // Leaving the browser tab with unsaved scores asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = useCallback((code: string, patch: Partial<ScoreDraft>) => {
    const prev = draftsRef.current[code] ?? { points: null, comment: '', links: [] };
    const next = { ...draftsRef.current, [code]: { ...prev, ...patch } };
    draftsRef.current = next;
    setDrafts(next);
    setIssues((m) => {
      if (!m.has(code)) return m;
      const copy = new Map(m);
      copy.delete(code);
      return copy;
    });
  }, []);

  const uploaded = useCallback(
    (code: string, file: CreatedEvidence) =>
      setSheet((s) =>
        s
          ? {
              ...s,
              positions: s.positions.map((p) =>
                p.code === code ? { ...p, evidence: [...p.evidence, { ...file, uploadedBy: user.fullName }] } : p,
              ),
            }
          : s,
      ),
    [user.fullName],
  );

  const groups = useMemo(() => groupPositions(sheet?.positions ?? []), [sheet?.positions]);
  const seesAll = sheet ? sheet.canAgree || !sheet.canScore : false;
  const shown = useMemo(() => (disputedOnly ? onlyDisputed(groups) : groups), [groups, disputedOnly]);
  const disputes = useMemo(() => (sheet?.positions ?? []).filter((p) => p.state === 'disagreement').length, [sheet?.positions]);

  if (!sheet) {
    return (
      <PageNotLoaded
        error={load.error}
        loading={load.loading}
        onRetry={load.reload}
        unavailable={{
          forbidden: 'Нет доступа к листу оценки',
          notFound: 'Лист оценки не найден',
          back: <AppLink to={`/scoring/${roundId}`}>К раунду оценки</AppLink>,
          testId: 'sheet-unavailable',
        }}
      />
    );
  }

  const editable = !sheet.round.closed;
  const mine = sheet.positions.filter((p) => (drafts[p.code]?.points ?? null) !== null).length;

  const save = async (): Promise<void> => {
    const codes = changedCodes(draftsRef.current, saved);
    if (codes.length === 0) return;
    const sent = draftsRef.current;
    setSaving(true);
    setSaveError(null);
    try {
      const next = await scoringApi.saveScores(roundId, orgId, savePayload(sent, codes));
      const nextSaved = draftsOf(next.positions);
      const rebased = rebaseDrafts(draftsRef.current, sent, nextSaved);
      draftsRef.current = rebased;
      setDrafts(rebased);
      setSaved(nextSaved);
      setSheet(next);
      setIssues(new Map());
      void message.success(`Сохранено: ${scoresWord(codes.length)}`);
    } catch (error) {
      const byPosition =
        error instanceof ApiError && error.code === 'validation_failed' ? issuesByPosition(error.details) : new Map<string, string[]>();
      setIssues(byPosition);
      const positions = [...byPosition.keys()].filter(Boolean);
      if (positions.length) {
        const directions = new Set(sheet.positions.filter((p) => byPosition.has(p.code)).map((p) => p.directionCode));
        setOpen((o) => [...new Set([...o, ...directions])]);
        setSaveError(
          `Баллы не сохранены. Позиций с ошибками: ${positions.length} — они отмечены красным. ${(byPosition.get('') ?? []).join(' ')}`.trim(),
        );
      } else {
        setSaveError(errorMessage(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const agreePosition = agreeing ? sheet.positions.find((p) => p.code === agreeing) : undefined;
  const toggleDisputed = (on: boolean): void => {
    setDisputedOnly(on);
    if (on) setOpen(onlyDisputed(groups).map((d) => d.code));
  };

  return (
    <Flex vertical gap={12} data-testid="sheet-page" data-can-score={sheet.canScore} data-can-agree={sheet.canAgree}>
      <div className="panel page-panel" style={{ padding: '12px 20px 14px' }}>
        <ScoringSheetHeader sheet={sheet} />
        <div style={{ marginTop: 12, paddingTop: 10, borderTop: '1px solid #f0f0f0' }}>
          <ScoringIndexSummary objectName={sheet.object.name} index={sheet.index} onExplain={setExplain} />
        </div>
      </div>
      <div
        className="panel"
        style={{ position: 'sticky', top: -16, zIndex: 5, padding: '8px 16px', boxShadow: '0 2px 6px rgba(15, 61, 115, 0.06)' }}
        data-testid="sheet-toolbar"
      >
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex align="center" gap={16} wrap>
            {sheet.canScore ? (
              <Typography.Text data-testid="sheet-mine">Вы: {scoredLabel(mine, sheet.positions.length)}</Typography.Text>
            ) : null}
            {seesAll ? (
              <Typography.Text data-testid="sheet-disputes">
                Расхождений:{' '}
                <Tag color={disputes > 0 ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {disputes}
                </Tag>
              </Typography.Text>
            ) : null}
            {seesAll ? (
              <Checkbox checked={disputedOnly} onChange={(e) => toggleDisputed(e.target.checked)} data-testid="filter-disputed">
                только расхождения
              </Checkbox>
            ) : null}
            {sheet.canScore && dirty ? (
              <Typography.Text type="warning" data-testid="sheet-unsaved">
                Не сохранено: {scoresWord(changed.size)}
              </Typography.Text>
            ) : null}
          </Flex>
          {sheet.canScore ? (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              disabled={!dirty || !editable}
              onClick={() => void save()}
              data-testid="sheet-save"
            >
              Сохранить
            </Button>
          ) : null}
        </Flex>
        {saveError ? (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setSaveError(null) }}
            style={{ marginTop: 8 }}
            title={saveError}
            data-testid="sheet-save-error"
          />
        ) : null}
      </div>
      {shown.length ? (
        <Collapse
          activeKey={open}
          onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
          style={{ background: '#fff' }}
          items={shown.map((g) => {
            const counts = directionCounts(g.positions, (code) => (drafts[code]?.points ?? null) !== null);
            return {
              key: g.code,
              label: (
                <span data-testid="direction-title" data-direction={g.code}>
                  <b>{g.code}.</b> {g.name}
                </span>
              ),
              extra: (
                <Flex gap={6} align="center" style={{ fontSize: 12 }}>
                  {sheet.canScore ? <Typography.Text type="secondary">{scoredLabel(counts.mine, counts.total)}</Typography.Text> : null}
                  {seesAll && counts.disagreements > 0 ? (
                    <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                      расхождений: {counts.disagreements}
                    </Tag>
                  ) : null}
                  {seesAll && counts.agreed > 0 ? (
                    <Tag color="green" style={{ marginInlineEnd: 0 }}>
                      согласовано: {counts.agreed}
                    </Tag>
                  ) : null}
                </Flex>
              ),
              children: (
                <ScoringDirectionBody
                  roundId={roundId}
                  orgId={orgId}
                  group={g}
                  scorers={sheet.scorers}
                  drafts={drafts}
                  changed={changed}
                  issues={issues}
                  canScore={sheet.canScore}
                  canAgree={sheet.canAgree}
                  seesAll={seesAll}
                  editable={editable}
                  onChange={change}
                  onUploaded={uploaded}
                  onAgree={setAgreeing}
                />
              ),
            };
          })}
          data-testid="sheet-directions"
        />
      ) : (
        <div className="panel page-panel">
          <Result status="success" title={disputedOnly ? 'Расхождений нет' : 'В листе нет позиций'} data-testid="sheet-empty" />
        </div>
      )}
      {agreePosition ? (
        <ScoringAgreeModal
          position={agreePosition}
          onClose={() => setAgreeing(null)}
          onSubmit={async (points, comment) => {
            const next = await scoringApi.agree(roundId, orgId, { position: agreePosition.code, points, comment: comment || null });
            setSheet(next);
            setAgreeing(null);
            void message.success(
              points === null ? `Согласование позиции ${agreePosition.code} снято` : `Балл позиции ${agreePosition.code} согласован`,
            );
          }}
        />
      ) : null}
      <ScoringExplainDrawer target={explain} onClose={() => setExplain(null)} />
    </Flex>
  );
}
