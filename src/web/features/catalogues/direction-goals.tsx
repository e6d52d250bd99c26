import { Collapse } from 'antd';

/** The goals of a direction as a collapsed numbered list. */
export function DirectionGoals({ goals }: { goals: string[] | undefined }) {
  if (!goals || goals.length === 0) return null;
  return (
    <Collapse
      ghost
      size="small"
      className="direction-goals"
      items={[
        {
          key: 'goals',
          label: `Цели направления (${goals.length})`,
          children: (
            <ol className="direction-goals-list">
              {goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ol>
          ),
        },
      ]}
    />
  );
}
