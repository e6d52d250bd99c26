import { Card, Tag, Typography } from 'antd';
import type { EffectivenessContent } from '../../../domain/cycle/effectiveness-content.ts';
import { EFFECT_VERDICT_NAMES } from '../../../domain/cycle/effectiveness.ts';
import { actionLabel } from '../../../domain/cycle/effectiveness-text.ts';
import { ActionEffectTable, VERDICT_COLORS } from './action-effect-table.tsx';

/** The analysis of effectiveness as a report carries it: each action with its dynamics and conclusion. */
export function EffectivenessSection({ e }: { e: EffectivenessContent }) {
  return (
    <div data-testid="report-effectiveness">
      <Typography.Title level={2}>Анализ эффективности принятых мер и управленческих решений</Typography.Title>
      {e.actions.map((a) => (
        <Card key={a.id} size="small" style={{ marginBottom: 12 }} title={`${actionLabel(a)}: ${a.title}`}>
          <Tag color={VERDICT_COLORS[a.verdict]}>{EFFECT_VERDICT_NAMES[a.verdict]}</Tag>
          <ActionEffectTable action={a} />
          {e.conclusions[String(a.id)] ? <Typography.Paragraph italic>{e.conclusions[String(a.id)]}</Typography.Paragraph> : null}
        </Card>
      ))}
      <Typography.Paragraph type="secondary">Правило оценки: {e.rule}</Typography.Paragraph>
    </div>
  );
}
