import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tag, Typography } from 'antd';
import { memo } from 'react';
import type { CreatedEvidence, ScoringSheet, SheetPosition } from '../../api/scoring-api.ts';
import { formatDate } from '../../lib/format-date.ts';
import { needsComment, shortIssue, ZERO_RULE, type ScoreDraft } from '../../lib/scoring-drafts.ts';
import { isDisputed } from '../../lib/scoring-groups.ts';
import { formatPoints } from '../../lib/scoring-labels.ts';
import { ScoringEvidenceFiles } from './scoring-evidence-files.tsx';
import { ScoringExpertScores } from './scoring-expert-scores.tsx';
import { ScoringLinksEditor } from './scoring-links-editor.tsx';
import { ScoringPointsInput } from './scoring-points-input.tsx';

export interface ScoringPositionRowProps {
  roundId: number;
  orgId: number;
  position: SheetPosition;
  scorers: ScoringSheet['scorers'];
  /** The caller's draft (a scorer). */
  draft: ScoreDraft;
  changed: boolean;
  issues: string[] | undefined;
  canScore: boolean;
  canAgree: boolean;
  /** Sees every scorer's points (managers and viewers). */
  seesAll: boolean;
  editable: boolean;
  onChange: (code: string, patch: Partial<ScoreDraft>) => void;
  onUploaded: (code: string, file: CreatedEvidence) => void;
  onAgree: (code: string) => void;
}

const STATE_COLORS: Record<SheetPosition['state'], string> = {
  agreed: 'green',
  unanimous: 'cyan',
  single: 'blue',
  disagreement: 'orange',
  unscored: 'default',
};

function Agreed({ agreed }: { agreed: NonNullable<SheetPosition['agreed']> }) {
  return (
    <Typography.Text style={{ fontSize: 12 }} data-testid="agreed-note">
      <CheckCircleOutlined style={{ color: '#389e0d' }} /> согласовано: <b>{formatPoints(agreed.points)}</b>
      {agreed.agreedBy ? `, ${agreed.agreedBy}` : ''}, {formatDate(agreed.agreedAt)}
      {agreed.comment ? <span className="muted"> — {agreed.comment}</span> : null}
    </Typography.Text>
  );
}

/** One position of the sheet: code, name, source, maximum; the scorer's points, comment, links and files; the managers' view of every expert and the agreement. */
export const ScoringPositionRow = memo(function ScoringPositionRow(props: ScoringPositionRowProps) {
  const {
    roundId,
    orgId,
    position: p,
    scorers,
    draft,
    changed,
    issues,
    canScore,
    canAgree,
    seesAll,
    editable,
    onChange,
    onUploaded,
    onAgree,
  } = props;
  const disputed = isDisputed(p);
  // A scorer is not shown that another expert disagrees (no anchoring): highlights are for those who see every score.
  const open = seesAll && p.state === 'disagreement';
  const zeroWithoutComment = canScore && needsComment(draft);
  const label = `${p.code} ${p.name}`;
  const background = open ? '#fff7e6' : disputed && seesAll ? '#f6ffed' : changed ? '#f0f7ff' : undefined;
  const accent = open ? '#fa8c16' : disputed && seesAll ? '#95de64' : changed ? '#69b1ff' : 'transparent';
  return (
    <div
      data-position={p.code}
      data-state={p.state}
      data-disputed={disputed ? 'true' : undefined}
      data-testid="position-row"
      style={{
        display: 'flex',
        gap: 12,
        padding: '8px 8px 8px 10px',
        borderBottom: '1px solid #f0f0f0',
        borderLeft: `3px solid ${accent}`,
        background,
      }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex gap={8} align="baseline">
          <span className="mono" style={{ flex: 'none', fontSize: 12, color: '#595959' }}>
            {p.code}
          </span>
          <span style={{ fontSize: 11, color: '#616161', whiteSpace: 'nowrap' }}>макс. {formatPoints(p.maxPoints)}</span>
          {seesAll || p.state === 'agreed' ? (
            <Tag
              color={STATE_COLORS[p.state]}
              style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px' }}
              data-testid="position-state"
            >
              {p.stateName}
              {p.spread > 0 ? ` (разброс ${formatPoints(p.spread)})` : ''}
            </Tag>
          ) : null}
        </Flex>
        <div style={{ lineHeight: 1.4, marginTop: 2 }}>{p.name}</div>
        <div style={{ fontSize: 11, color: '#616161', lineHeight: 1.35, marginTop: 2 }} title="Источник позиции">
          {p.source}
        </div>
      </div>
      <Flex vertical gap={6} style={{ width: 460, flex: 'none' }}>
        {canScore ? (
          <Flex vertical gap={4} data-testid="my-score">
            <Flex gap={8} align="start">
              <ScoringPointsInput
                code={p.code}
                label={`Балл: ${label}`}
                max={p.maxPoints}
                value={draft.points}
                disabled={!editable}
                status={issues?.length ? 'error' : undefined}
                onChange={(points) => onChange(p.code, { points })}
                testId="score-points"
              />
              <Input.TextArea
                value={draft.comment}
                readOnly={!editable}
                variant={editable ? 'outlined' : 'filled'}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={4000}
                status={zeroWithoutComment ? 'warning' : undefined}
                placeholder={draft.points === 0 ? 'Чего не хватает (обязательно при 0)' : 'Комментарий'}
                onChange={(e) => onChange(p.code, { comment: e.target.value })}
                aria-label={`Комментарий: ${label}`}
                data-testid="score-comment"
                style={{ flex: 1, fontSize: 13 }}
              />
            </Flex>
            {zeroWithoutComment ? (
              <div style={{ color: '#d46b08', fontSize: 12, lineHeight: 1.35 }} data-testid="zero-rule">
                {ZERO_RULE}
              </div>
            ) : null}
            <Flex wrap gap={6} align="center">
              <ScoringLinksEditor code={p.code} links={draft.links} editable={editable} onChange={(links) => onChange(p.code, { links })} />
              <ScoringEvidenceFiles
                roundId={roundId}
                orgId={orgId}
                code={p.code}
                files={p.evidence}
                canUpload={editable}
                showOwner={seesAll}
                onUploaded={onUploaded}
              />
            </Flex>
          </Flex>
        ) : null}
        {seesAll ? (
          <Flex vertical gap={4} data-testid="all-scores">
            <Flex gap={8} align="center" justify="space-between">
              <ScoringExpertScores position={p} scorers={scorers} />
              {canAgree && p.scores.length > 0 ? (
                <Button
                  size="small"
                  type={open ? 'primary' : 'default'}
                  onClick={() => onAgree(p.code)}
                  disabled={!editable}
                  data-testid="agree-open"
                  aria-label={`Согласовать: ${p.code}`}
                >
                  {p.agreed ? 'Изменить' : 'Согласовать'}
                </Button>
              ) : null}
            </Flex>
            {!canScore ? (
              <ScoringEvidenceFiles
                roundId={roundId}
                orgId={orgId}
                code={p.code}
                files={p.evidence}
                canUpload={false}
                showOwner
                onUploaded={onUploaded}
              />
            ) : null}
          </Flex>
        ) : null}
        {p.agreed ? <Agreed agreed={p.agreed} /> : null}
        {(issues ?? []).map((message, i) => (
          <div key={i} style={{ color: '#cf1322', fontSize: 12, lineHeight: 1.35 }} data-testid="position-issue">
            {shortIssue(message, p.code)}
          </div>
        ))}
      </Flex>
    </div>
  );
});
