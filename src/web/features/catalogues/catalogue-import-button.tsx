import { cataloguesApi, XLSX_CONTENT_TYPE } from '../../api/catalogues-api.ts';
import type { CatalogueImportResult as ImportResult } from '../../api/types.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { UploadButton } from '../../components/upload-button.tsx';
import { CatalogueImportResult } from './catalogue-import-result.tsx';

interface CatalogueImportButtonProps {
  onImported: (result: ImportResult) => void;
}

/** «Загрузить из Excel»: sends the chosen .xlsx as the raw request body and shows the outcome in a dialog. */
export function CatalogueImportButton({ onImported }: CatalogueImportButtonProps) {
  return (
    <UploadButton
      label="Загрузить из Excel"
      buttonType="primary"
      accept={`.xlsx,${XLSX_CONTENT_TYPE}`}
      acceptsFile={(name) => /\.xlsx$/i.test(name)}
      wrongFile="Выберите книгу Excel в формате .xlsx"
      send={(file) => cataloguesApi.importWorkbook(file)}
      onUploaded={onImported}
      dialogTitle="Загрузка методики из Excel"
      dialogWidth={(status) => (status === 'failed' ? 880 : 520)}
      renderState={(state, close) => (
        <CatalogueImportResult
          state={state}
          onOpen={(id) => {
            close();
            navigate(`/catalogues/${id}`);
          }}
        />
      )}
      testIds={{ button: 'catalogue-import-button', close: 'import-close' }}
    />
  );
}
