import { Flex, Tag, Typography } from 'antd';
import type { ScoringSheet } from '../../api/scoring-api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Fact } from '../../components/fact.tsx';
import { ScoringKindTag } from './scoring-kind-tag.tsx';

/** The scored object, its round (link back), period, methodology and scorers. */
export function ScoringSheetHeader({ sheet }: { sheet: ScoringSheet }) {
  useDocumentTitle(`Лист оценки: ${sheet.object.name}`);
  return (
    <div data-testid="sheet-header">
      <AppLink to={`/scoring/${sheet.round.id}`} style={{ fontSize: 13 }} data-testid="sheet-round-link">
        ← {sheet.round.name}
      </AppLink>
      <Typography.Title level={1} style={{ margin: '2px 0 4px', fontSize: 18, lineHeight: 1.35 }} data-testid="sheet-title">
        Лист оценки: {sheet.object.name}
      </Typography.Title>
      <Flex wrap gap="2px 16px" align="center" style={{ fontSize: 13 }}>
        <ScoringKindTag kind={sheet.round.kind} />
        {sheet.round.closed ? (
          <Tag color="default" style={{ marginInlineEnd: 0 }}>
            раунд закрыт
          </Tag>
        ) : null}
        <Fact label="Код">{sheet.object.code}</Fact>
        <Fact label="Период">{sheet.round.periodName}</Fact>
        <Fact label="Методика">{sheet.round.catalogueName}</Fact>
        <Fact label={sheet.round.kind === 'self' ? 'Оценивают' : 'Эксперты'}>
          <span data-testid="sheet-scorers">{sheet.scorers.map((s) => s.fullName).join(', ') || '—'}</span>
        </Fact>
      </Flex>
    </div>
  );
}
