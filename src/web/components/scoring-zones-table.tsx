import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ZoneBand, ZoneYear } from '../../domain/catalogue/zone-thresholds.ts';
import { ZONE_NAMES, ZONE_ORDER } from '../../domain/catalogue/zone-thresholds.ts';
import { ZONE_COLORS } from '../lib/zone-colors.ts';

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function bandText(band: ZoneBand | undefined) {
  if (!band) return <span className="muted">—</span>;
  return (
    <span>
      {band.min.toLocaleString('ru-RU')} – {band.max.toLocaleString('ru-RU')}
      {band.level ? <div className="muted">{band.level}</div> : null}
    </span>
  );
}

/** Zone thresholds by year, as the methodology publishes them, with its rule for the gaps. */
export function ScoringZonesTable({ years, gapRule }: { years: ZoneYear[]; gapRule: string | undefined }) {
  const columns: TableColumnsType<ZoneYear> = [
    { title: 'Год', dataIndex: 'year', key: 'year', width: 90 },
    ...ZONE_ORDER.map((zone) => ({
      title: (
        <Tag color={ZONE_COLORS[zone]} className="catalogue-tag">
          {capitalised(ZONE_NAMES[zone])}
        </Tag>
      ),
      key: zone,
      render: (_: unknown, row: ZoneYear) => bandText(row.bands.find((b) => b.zone === zone)),
    })),
    {
      title: 'Разрывы между диапазонами',
      key: 'gaps',
      render: (_: unknown, row: ZoneYear) => row.gaps ?? <span className="muted">—</span>,
    },
  ];
  return (
    <>
      <Table<ZoneYear>
        rowKey={(row) => String(row.year)}
        size="small"
        columns={columns}
        dataSource={years}
        pagination={false}
        className="scoring-zones"
        data-testid="scoring-zones"
      />
      {gapRule ? <p className="muted">Правило для разрывов: {gapRule}</p> : null}
    </>
  );
}
