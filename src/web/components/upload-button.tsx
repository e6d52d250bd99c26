import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Upload, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';

/** Where an upload stands: the dialog shows every state but `idle`. */
export type UploadState<R> =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string }
  | { status: 'done'; fileName: string; report: R }
  | { status: 'failed'; fileName: string; error: unknown };

interface UploadButtonProps<R> {
  label: ReactNode;
  buttonType?: ButtonProps['type'];
  disabled?: boolean | undefined;
  /** The file chooser's filter (`accept` of the input). */
  accept: string;
  /** Whether the chosen file is of the right kind; if not, `wrongFile` is shown and nothing is sent. */
  acceptsFile: (fileName: string) => boolean;
  wrongFile: string;
  /** Sends the file; what it resolves to is shown as `done`, what it throws as `failed`. */
  send: (file: File) => Promise<R>;
  onUploaded: (report: R) => void;
  dialogTitle: string;
  dialogWidth: (status: UploadState<R>['status']) => number;
  /** The dialog's body for each state; `close` closes the dialog. */
  renderState: (state: Exclude<UploadState<R>, { status: 'idle' }>, close: () => void) => ReactNode;
  testIds: { button: string; close: string };
}

/**
 * A button that sends one chosen file and shows the outcome (what changed, or every error) in a dialog
 * that cannot be closed while the file is on its way. The campaign, catalogue and scores uploads share it.
 */
export function UploadButton<R>(props: UploadButtonProps<R>) {
  const { label, buttonType, disabled, accept, acceptsFile, wrongFile, send, onUploaded } = props;
  const { message } = App.useApp();
  const [state, setState] = useState<UploadState<R>>({ status: 'idle' });
  const uploading = state.status === 'uploading';

  const upload = async (file: File): Promise<void> => {
    setState({ status: 'uploading', fileName: file.name });
    try {
      const report = await send(file);
      setState({ status: 'done', fileName: file.name, report });
      onUploaded(report);
    } catch (error) {
      setState({ status: 'failed', fileName: file.name, error });
    }
  };

  const beforeUpload = (file: File): string => {
    if (!acceptsFile(file.name)) void message.error(wrongFile);
    else void upload(file);
    return Upload.LIST_IGNORE;
  };

  const close = (): void => setState({ status: 'idle' });

  return (
    <>
      <Upload accept={accept} showUploadList={false} beforeUpload={beforeUpload} disabled={uploading || disabled}>
        <Button type={buttonType} icon={<UploadOutlined />} loading={uploading} disabled={disabled} data-testid={props.testIds.button}>
          {label}
        </Button>
      </Upload>
      <Modal
        open={state.status !== 'idle'}
        title={props.dialogTitle}
        width={props.dialogWidth(state.status)}
        centered
        closable={!uploading}
        mask={{ closable: !uploading }}
        keyboard={!uploading}
        onCancel={close}
        footer={
          uploading ? null : (
            <Button onClick={close} data-testid={props.testIds.close}>
              Закрыть
            </Button>
          )
        }
        destroyOnHidden
      >
        {state.status === 'idle' ? null : props.renderState(state, close)}
      </Modal>
    </>
  );
}
