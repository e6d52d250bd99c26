import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { cataloguesApi } from '../../api/catalogues-api.ts';

interface CatalogueExportButtonProps {
  catalogueId: number;
  /** A link-styled button for table rows. */
  compact?: boolean;
}

/** A plain download link to the catalogue as an XLSX workbook. */
export function CatalogueExportButton({ catalogueId, compact = false }: CatalogueExportButtonProps) {
  return (
    <Button
      href={cataloguesApi.exportUrl(catalogueId)}
      download
      type={compact ? 'link' : 'default'}
      size={compact ? 'small' : 'middle'}
      icon={<FileExcelOutlined />}
      className={compact ? 'catalogue-export-link' : undefined}
      data-testid="catalogue-export"
    >
      Выгрузить в Excel
    </Button>
  );
}
