import { Flex, Tag } from 'antd';
import type { CampaignDetail } from '../../api/campaigns-api.ts';
import { STATUS_COLORS, STATUS_COUNTER_LABELS, STATUS_COUNTER_ORDER } from '../../lib/campaign-status.ts';

/** How many forms are in each status, as coloured tags («принята: 3»); zero counters are grey (still readable: no opacity). */
export function CampaignStatusCounters({ counts }: { counts: CampaignDetail['counts'] }) {
  return (
    <Flex wrap gap={6} data-testid="campaign-counters">
      {STATUS_COUNTER_ORDER.map((status) => {
        const n = counts[status];
        return (
          <Tag
            key={status}
            color={n > 0 ? STATUS_COLORS[status] : 'default'}
            data-testid={`campaign-count-${status}`}
            style={{ marginInlineEnd: 0, fontSize: 13, paddingInline: 8, ...(n > 0 ? {} : { color: '#616161' }) }}
          >
            {STATUS_COUNTER_LABELS[status]}: <b>{n}</b>
          </Tag>
        );
      })}
    </Flex>
  );
}
