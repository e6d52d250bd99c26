import { campaignsApi, type UploadReport } from '../../api/campaigns-api.ts';
import { isCampaignUpload, UPLOAD_ACCEPT } from '../../lib/campaign-upload.ts';
import { UploadButton } from '../../components/upload-button.tsx';
import { CampaignUploadResult } from './campaign-upload-result.tsx';

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
  return (
    <UploadButton
      label={label}
      disabled={disabled}
      accept={UPLOAD_ACCEPT}
      acceptsFile={isCampaignUpload}
      wrongFile="Выберите заполненный шаблон Excel (.xlsx) или файл CSV"
      send={async (file) => {
        await beforeSend?.();
        return campaignsApi.upload(campaignId, file);
      }}
      onUploaded={onUploaded}
      dialogTitle="Загрузка заполненного файла"
      dialogWidth={(status) => (status === 'uploading' ? 520 : 880)}
      renderState={(state) => <CampaignUploadResult state={state} />}
      testIds={{ button: 'campaign-upload', close: 'upload-close' }}
    />
  );
}
