import { Collapse, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { Catalogue } from '../../api/types.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { positionPoints } from '../../lib/position-points.ts';
import { CycleComponents } from './cycle-components.tsx';
import { DirectionPositions } from './direction-positions.tsx';
import { PositionsMatrix } from './positions-matrix.tsx';

const points = (n: number): string => `${n} ${pluralRu(n, 'балл', 'балла', 'баллов')}`;

/** Cycle components, the points matrix and, per direction, the positions of evaluation of a mechanisms catalogue. */
export function MechanismCatalogueView({ catalogue }: { catalogue: Catalogue }) {
  const components = useMemo(() => catalogue.components ?? [], [catalogue]);
  const matrix = useMemo(() => positionPoints(catalogue), [catalogue]);
  const [open, setOpen] = useState<string[]>([]);

  // A direction opened from the matrix is scrolled to once its panel has finished opening (before
  // that the page may be too short to bring it to the top); the timer covers a missing transition.
  const pendingScroll = useRef<string | null>(null);
  const scrollToPending = (): void => {
    const code = pendingScroll.current;
    pendingScroll.current = null;
    if (code) document.getElementById(`direction-${code}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const openDirection = (code: string): void => {
    pendingScroll.current = code;
    if (open.includes(code)) {
      scrollToPending();
      return;
    }
    setOpen([...open, code]);
    window.setTimeout(scrollToPending, 1000);
  };

  return (
    <div className="catalogue-body-stack" data-testid="mechanism-catalogue">
      <div className="panel page-panel">
        <Typography.Title level={2} className="section-title">
          Компоненты управленческого цикла
          <span className="section-title-note">максимум баллов по всем направлениям</span>
        </Typography.Title>
        <CycleComponents components={components} points={matrix.cells} />
      </div>
      <div className="panel page-panel">
        <Typography.Title level={2} className="section-title">
          Максимальные баллы по направлениям
          <span className="section-title-note">
            итого {points(matrix.total.points)} за {matrix.total.positions}{' '}
            {pluralRu(matrix.total.positions, 'позицию', 'позиции', 'позиций')}; щёлкните направление, чтобы увидеть его позиции
          </span>
        </Typography.Title>
        <PositionsMatrix components={components} points={matrix} onOpenDirection={openDirection} />
      </div>
      <div className="panel page-panel" onTransitionEnd={(event) => event.propertyName === 'height' && scrollToPending()}>
        <Typography.Title level={2} className="section-title">
          Позиции оценивания
        </Typography.Title>
        {matrix.blocks.map(({ block, directions }) => (
          <section key={block.code} className="catalogue-block">
            <Typography.Text strong className="catalogue-block-caption">
              <span className="mono">{block.code}</span> {block.name}
            </Typography.Text>
            <Collapse
              size="small"
              activeKey={open}
              onChange={(keys) => setOpen(keys)}
              items={directions.map(({ direction, total }) => ({
                key: direction.code,
                label: (
                  <span className="direction-label" id={`direction-${direction.code}`}>
                    <span className="mono">{direction.code}</span> {direction.name}
                  </span>
                ),
                extra: (
                  <span className="direction-extra">
                    {direction.optional ? <Tag className="catalogue-tag">необязательное</Tag> : null}
                    {total.positions} {pluralRu(total.positions, 'позиция', 'позиции', 'позиций')} · до {points(total.points)}
                  </span>
                ),
                children: <DirectionPositions positions={direction.positions ?? []} components={components} />,
              }))}
            />
          </section>
        ))}
      </div>
    </div>
  );
}
