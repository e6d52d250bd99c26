import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { cataloguesApi } from '../api/catalogues-api.ts';

interface CatalogueExportButtonProps {
  catalogueId: number;
  size?: 'small' | 'middle';
}

/** A plain download link to the catalogue as an XLSX workbook. */
export function CatalogueExportButton({ catalogueId, size = 'middle' }: CatalogueExportButtonProps) {
  return (
    <Button href={cataloguesApi.exportUrl(catalogueId)} download size={size} icon={<FileExcelOutlined />} data-testid="catalogue-export">
      Выгрузить в Excel
    </Button>
  );
}
