import { Tag, Tooltip } from 'antd';
import { isHistorical } from '../../lib/is-historical.ts';
import { validityParts } from '../../lib/validity-parts.ts';

interface CatalogueValidityProps {
  validFrom: string;
  validTo: string | null;
}

/** «с 21.06.2021 по н.в.», with the tag «историческая» once the validity has ended. */
export function CatalogueValidity({ validFrom, validTo }: CatalogueValidityProps) {
  const [from, to] = validityParts(validFrom, validTo);
  return (
    <span className="catalogue-validity">
      <span className="catalogue-validity-dates">
        <span>{from}</span> <span>{to}</span>
      </span>
      {isHistorical(validTo) ? (
        <Tooltip title="Срок действия методики истёк: она сохраняется для расчётов за прошлые периоды">
          <Tag className="catalogue-tag" data-testid="catalogue-historical">
            историческая
          </Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}
