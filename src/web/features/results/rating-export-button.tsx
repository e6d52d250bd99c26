import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { ratingsApi, type ClusterChoice, type RatingScope } from '../../api/ratings-api.ts';

interface RatingExportButtonProps {
  scope: RatingScope;
  comparisonKey: string;
  within: ClusterChoice | null;
}

/** A plain download link to the rating shown (or the rating within the chosen cluster) as an XLSX workbook. */
export function RatingExportButton({ scope, comparisonKey, within }: RatingExportButtonProps) {
  return (
    <Button href={ratingsApi.exportUrl(scope, comparisonKey, within)} download icon={<FileExcelOutlined />} data-testid="rating-export">
      Выгрузить в Excel
    </Button>
  );
}
