import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { scoringApi, type CreatedEvidence, type SheetPosition } from '../../api/scoring-api.ts';
import { formatFileSize } from '../../lib/scoring-labels.ts';

interface ScoringEvidenceFilesProps {
  roundId: number;
  orgId: number;
  code: string;
  files: SheetPosition['evidence'];
  /** The caller may attach documents (an assigned scorer). */
  canUpload: boolean;
  /** Whose file it is is shown to those who see every scorer's documents. */
  showOwner: boolean;
  onUploaded: (code: string, file: CreatedEvidence) => void;
}

const ACCEPT = '.pdf,.docx,.doc,.xlsx,.xls,.odt,.ods,.jpg,.jpeg,.png,.txt';

/** Documents attached to the scores of a position (download links) and «Приложить файл». */
export function ScoringEvidenceFiles({ roundId, orgId, code, files, canUpload, showOwner, onUploaded }: ScoringEvidenceFilesProps) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File): Promise<void> => {
    setUploading(true);
    try {
      onUploaded(code, await scoringApi.uploadEvidence(roundId, orgId, code, file));
      void message.success(`Файл «${file.name}» приложен`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setUploading(false);
    }
  };

  if (!canUpload && files.length === 0) return null;
  return (
    <Flex wrap gap="2px 10px" align="center" data-testid="score-files" data-files-for={code}>
      {files.map((f) => (
        <a key={f.id} href={scoringApi.evidenceUrl(f.id)} download style={{ fontSize: 12 }} data-testid="score-file">
          <PaperClipOutlined /> {f.fileName}{' '}
          <span className="muted">
            ({formatFileSize(f.size)}
            {showOwner && f.uploadedBy ? `, ${f.uploadedBy}` : ''})
          </span>
        </a>
      ))}
      {canUpload ? (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          disabled={uploading}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button
            size="small"
            type="dashed"
            icon={<PaperClipOutlined />}
            loading={uploading}
            data-testid="score-file-add"
            aria-label={`Приложить файл: ${code}`}
          >
            Файл
          </Button>
        </Upload>
      ) : null}
    </Flex>
  );
}
