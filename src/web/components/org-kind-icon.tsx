import {
  BankOutlined,
  BookOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  GlobalOutlined,
  HomeOutlined,
  SmileOutlined,
} from '@ant-design/icons';
import type { OrgSummary } from '../api/types.ts';

/** Icon matching an organisation's kind (region, municipality) or type (school, …). */
export function OrgKindIcon({ org }: { org: Pick<OrgSummary, 'kind' | 'type'> }) {
  if (org.kind === 'region') return <GlobalOutlined style={{ color: '#d48806' }} />;
  if (org.kind === 'municipality') return <EnvironmentOutlined style={{ color: '#08979c' }} />;
  switch (org.type) {
    case 'school':
      return <BookOutlined style={{ color: '#1677ff' }} />;
    case 'kindergarten':
      return <SmileOutlined style={{ color: '#c41d7f' }} />;
    case 'supplementary':
      return <ExperimentOutlined style={{ color: '#389e0d' }} />;
    case 'college':
      return <BankOutlined style={{ color: '#531dab' }} />;
    case null:
      return <HomeOutlined />;
  }
}
