import { CommentOutlined, LinkOutlined } from '@ant-design/icons';
import { Flex, Tooltip, Typography } from 'antd';
import type { ScoringSheet, SheetPosition } from '../../api/scoring-api.ts';
import { formatPoints } from '../../lib/scoring-labels.ts';

interface ScoringExpertScoresProps {
  position: SheetPosition;
  scorers: ScoringSheet['scorers'];
}

/** Every assigned expert's points for a position side by side (with their comment and links on hover); «—» not scored yet. */
export function ScoringExpertScores({ position, scorers }: ScoringExpertScoresProps) {
  const disputed = position.spread > 0;
  return (
    <Flex wrap gap={6} data-testid="expert-scores">
      {scorers.map((s) => {
        const score = position.scores.find((x) => x.userId === s.userId);
        const note =
          score?.comment || score?.links.length ? (
            <div style={{ maxWidth: 360 }}>
              {score.comment ? <div style={{ whiteSpace: 'pre-line' }}>{score.comment}</div> : null}
              {score.links.map((l) => (
                <div key={l.url}>
                  <a href={l.url} target="_blank" rel="noreferrer" style={{ color: '#91caff' }}>
                    {l.title || l.url}
                  </a>
                </div>
              ))}
            </div>
          ) : null;
        const box = (
          <Flex
            vertical
            align="center"
            style={{
              minWidth: 64,
              maxWidth: 150,
              padding: '2px 6px',
              borderRadius: 4,
              border: `1px solid ${disputed && score ? '#ffc069' : '#e5e8ee'}`,
              background: disputed && score ? '#fff7e6' : '#fafbfc',
            }}
            data-testid="expert-score"
            data-scorer={s.fullName}
            data-points={score ? score.points : ''}
          >
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 11, maxWidth: 138 }} title={s.fullName}>
              {s.fullName}
            </Typography.Text>
            <span style={{ fontWeight: 600 }}>
              {score ? formatPoints(score.points) : <span className="muted">—</span>}
              {score?.comment ? <CommentOutlined style={{ marginLeft: 4, fontSize: 11, color: '#8c8c8c' }} /> : null}
              {score?.links.length ? <LinkOutlined style={{ marginLeft: 2, fontSize: 11, color: '#8c8c8c' }} /> : null}
            </span>
          </Flex>
        );
        return note ? (
          <Tooltip key={s.userId} title={note}>
            {box}
          </Tooltip>
        ) : (
          <div key={s.userId}>{box}</div>
        );
      })}
    </Flex>
  );
}
