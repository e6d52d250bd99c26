import { Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ResultsReadiness } from '../../../api/results-readiness.ts';
import { AppLink } from '../../components/app-link.tsx';
import { capitalize } from '../../lib/capitalize.ts';
import { lastComputed } from '../../lib/last-computed.ts';
import { ratingQuery } from '../../lib/rating-selection.ts';

interface ResultsReadinessNoteProps {
  readiness: ResultsReadiness;
  catalogueId: number | null;
  periodId: number | null;
  /** What the page says first (the readiness message when absent). */
  title?: string;
  /** The recompute button, for those who may compute; others are told who does. */
  recompute?: ReactNode;
}

/**
 * Where a page has no results to show: what is missing (with links to the pages where it is done),
 * when the methodology was last computed, and who computes — or the button, for those who can.
 */
export function ResultsReadinessNote({ readiness, catalogueId, periodId, title, recompute }: ResultsReadinessNoteProps) {
  const last = catalogueId !== null ? lastComputed(readiness, catalogueId, periodId) : null;
  const ready = readiness.steps.length === 0;
  return (
    <Empty
      data-testid="results-readiness"
      description={
        <Flex vertical gap={6} align="center" style={{ maxWidth: 720, margin: '0 auto' }}>
          <Typography.Text data-testid="readiness-message">{title ?? readiness.message}</Typography.Text>
          {readiness.steps.length ? (
            <ol style={{ textAlign: 'left', margin: 0 }} data-testid="readiness-steps">
              {readiness.steps.map((s) => (
                <li key={s.gap}>
                  <AppLink to={s.path}>{capitalize(s.text)}</AppLink>
                </li>
              ))}
            </ol>
          ) : null}
          {last && ready ? (
            <Typography.Text type="secondary" data-testid="readiness-last-computed">
              {last.text}
              {last.other ? (
                <>
                  {' '}
                  <AppLink to={`/ratings${ratingQuery({ catalogueId: last.other.catalogueId, periodId: last.other.periodId, key: null })}`}>
                    Открыть результаты за {last.other.periodName}
                  </AppLink>
                </>
              ) : null}
            </Typography.Text>
          ) : null}
        </Flex>
      }
    >
      {ready
        ? (recompute ?? (
            <Typography.Text type="secondary" data-testid="readiness-who-computes">
              Результаты рассчитывает {readiness.computeRoles}: попросите их выполнить расчёт.
            </Typography.Text>
          ))
        : null}
    </Empty>
  );
}
