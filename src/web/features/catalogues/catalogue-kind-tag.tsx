import { Tag } from 'antd';
import { KIND_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { Catalogue } from '../../api/types.ts';

/** «показатели» or «механизмы управления». */
export function CatalogueKindTag({ kind }: { kind: Catalogue['kind'] }) {
  return (
    <Tag color={kind === 'indicators' ? 'blue' : 'purple'} variant="filled" className="catalogue-tag">
      {KIND_LABELS[kind]}
    </Tag>
  );
}
