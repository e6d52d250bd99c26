import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Upload } from 'antd';
import { useState } from 'react';
import { campaignsApi, type UploadReport } from '../../api/campaigns-api.ts';
import { isCampaignUpload, UPLOAD_ACCEPT } from '../../lib/campaign-upload.ts';
import { CampaignUploadResult, type UploadState } from './campaign-upload-result.tsx';

interface CampaignUploadButtonProps {
  campaignId: number;
  label: string;
  onUploaded: (report: UploadReport) => void;
  /** Called before sending, e.g. to save a pending draft first. */
  beforeSend?: () => Promise<unknown>;
  disabled?: boolean;
}

/** Uploads a filled-in template (.xlsx) or CSV of a campaign and shows what changed or every error in a dialog. */
export function CampaignUploadButton({ campaignId, label, onUploaded, beforeSend, disabled }: CampaignUploadButtonProps) {
  const { message } = App.useApp();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const uploading = state.status === 'uploading';

  const upload = async (file: File): Promise<void> => {
    setState({ status: 'uploading', fileName: file.name });
    try {
      await beforeSend?.();
      const report = await campaignsApi.upload(campaignId, file);
      setState({ status: 'done', fileName: file.name, report });
      onUploaded(report);
    } catch (error) {
      setState({ status: 'failed', fileName: file.name, error });
    }
  };

  const beforeUpload = (file: File): string => {
    if (!isCampaignUpload(file.name)) void message.error('Выберите заполненный шаблон Excel (.xlsx) или файл CSV');
    else void upload(file);
    return Upload.LIST_IGNORE;
  };

  const close = (): void => setState({ status: 'idle' });

  return (
    <>
      <Upload accept={UPLOAD_ACCEPT} showUploadList={false} beforeUpload={beforeUpload} disabled={uploading || disabled}>
        <Button icon={<UploadOutlined />} loading={uploading} disabled={disabled} data-testid="campaign-upload">
          {label}
        </Button>
      </Upload>
      <Modal
        open={state.status !== 'idle'}
        title="Загрузка заполненного файла"
        width={state.status === 'uploading' ? 520 : 880}
        centered
        closable={!uploading}
        mask={{ closable: !uploading }}
        keyboard={!uploading}
        onCancel={close}
        footer={
          uploading ? null : (
            <Button onClick={close} data-testid="upload-close">
              Закрыть
            </Button>
          )
        }
        destroyOnHidden
      >
        {state.status === 'idle' ? null : <CampaignUploadResult state={state} />}
      </Modal>
    </>
  );
}
