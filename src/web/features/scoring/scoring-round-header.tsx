import { Flex, Tag, Typography } from 'antd';
import type { RoundDetail } from '../../api/scoring-api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { formatDate } from '../../lib/format-date.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Fact } from '../../components/fact.tsx';
import { ScoringKindTag } from './scoring-kind-tag.tsx';

/** The round's name and facts: kind, period, methodology, territory, objects, the optional direction. */
export function ScoringRoundHeader({ round }: { round: RoundDetail }) {
  useDocumentTitle(round.name);
  return (
    <div data-testid="round-header">
      <AppLink to="/scoring" style={{ fontSize: 13 }}>
        ← Оценка механизмов
      </AppLink>
      <Typography.Title level={1} style={{ margin: '2px 0 6px' }} data-testid="round-title">
        {round.name}
      </Typography.Title>
      <Flex wrap gap="2px 20px" align="center" style={{ fontSize: 13 }}>
        <ScoringKindTag kind={round.kind} />
        {round.closedAt ? (
          <Tag style={{ marginInlineEnd: 0 }} data-testid="round-closed">
            закрыт {formatDate(round.closedAt)}
          </Tag>
        ) : null}
        <Fact label="Период">{round.periodName}</Fact>
        <Fact label="Методика">{round.catalogueName}</Fact>
        <Fact label="Территория">{round.scopeName}</Fact>
        <Fact label="Объектов">{round.objects}</Fact>
        <Fact label="Девятое направление">{round.includeOptional ? 'включено' : 'не включено'}</Fact>
        <Fact label="Открыт">{formatDate(round.createdAt)}</Fact>
      </Flex>
    </div>
  );
}
