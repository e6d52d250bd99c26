import { Tag, Tooltip } from 'antd';
import { ORG_TYPE_NAMES } from '../../../domain/org/org-kind.ts';
import type { OrgType } from '../../api/types.ts';
import { TYPE_ABBREVIATIONS } from '../../lib/labels.ts';

/** Compact «ОО», «ДОО», … tags; the full type name is in the tooltip. */
export function OrgTypeTags({ types }: { types: OrgType[] }) {
  return (
    <span className="org-type-tags">
      {types.map((type) => (
        <Tooltip key={type} title={ORG_TYPE_NAMES[type]}>
          <Tag className="catalogue-tag">{TYPE_ABBREVIATIONS[type]}</Tag>
        </Tooltip>
      ))}
    </span>
  );
}
