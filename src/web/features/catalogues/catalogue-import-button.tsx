import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Upload } from 'antd';
import { useState } from 'react';
import { cataloguesApi, XLSX_CONTENT_TYPE } from '../../api/catalogues-api.ts';
import type { CatalogueImportResult as ImportResult } from '../../api/types.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import type { ImportState } from './catalogue-import-result.tsx';
import { CatalogueImportResult } from './catalogue-import-result.tsx';

interface CatalogueImportButtonProps {
  onImported: (result: ImportResult) => void;
}

/** «Загрузить из Excel»: sends the chosen .xlsx as the raw request body and shows the outcome in a dialog. */
export function CatalogueImportButton({ onImported }: CatalogueImportButtonProps) {
  const { message } = App.useApp();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const uploading = state.status === 'uploading';

  const upload = async (file: File): Promise<void> => {
    setState({ status: 'uploading', fileName: file.name });
    try {
      const result = await cataloguesApi.importWorkbook(file);
      setState({ status: 'done', fileName: file.name, result });
      onImported(result);
    } catch (error) {
      setState({ status: 'failed', fileName: file.name, error });
    }
  };

  const beforeUpload = (file: File): string => {
    if (!/\.xlsx$/i.test(file.name)) void message.error('Выберите книгу Excel в формате .xlsx');
    else void upload(file);
    return Upload.LIST_IGNORE;
  };

  const close = (): void => setState({ status: 'idle' });

  return (
    <>
      <Upload accept={`.xlsx,${XLSX_CONTENT_TYPE}`} showUploadList={false} beforeUpload={beforeUpload} disabled={uploading}>
        <Button type="primary" icon={<UploadOutlined />} loading={uploading} data-testid="catalogue-import-button">
          Загрузить из Excel
        </Button>
      </Upload>
      <Modal
        open={state.status !== 'idle'}
        title="Загрузка методики из Excel"
        width={state.status === 'failed' ? 880 : 520}
        centered
        closable={!uploading}
        mask={{ closable: !uploading }}
        keyboard={!uploading}
        onCancel={close}
        footer={
          uploading ? null : (
            <Button onClick={close} data-testid="import-close">
              Закрыть
            </Button>
          )
        }
        destroyOnHidden
      >
        {state.status === 'idle' ? null : (
          <CatalogueImportResult
            state={state}
            onOpen={(id) => {
              close();
              navigate(`/catalogues/${id}`);
            }}
          />
        )}
      </Modal>
    </>
  );
}
