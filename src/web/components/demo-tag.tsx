import { ExperimentOutlined } from '@ant-design/icons';
import { Tag } from 'antd';

/** Visible marker that the installation runs on synthetic demo data. */
export function DemoTag() {
  return (
    <Tag color="#ad4e00" icon={<ExperimentOutlined />} variant="solid" data-testid="demo-tag" className="demo-tag">
      Демонстрационные данные (синтетические)
    </Tag>
  );
}
