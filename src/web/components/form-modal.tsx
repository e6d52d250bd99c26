import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';

interface FormModalProps {
  title: ReactNode;
  okText: string;
  /** data-testid of the OK button; the error gets `${testId}-error`. */
  testId: string;
  saving: boolean;
  error: string | null;
  onOk: () => void;
  onClose: () => void;
  width?: number;
  danger?: boolean;
  children: ReactNode;
}

/** A modal around one form: OK submits it, the server's message is shown above it, a click outside does not close it. */
export function FormModal({ title, okText, testId, saving, error, onOk, onClose, width, danger, children }: FormModalProps) {
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText}
      cancelText="Отмена"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ danger, 'data-testid': testId }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid={`${testId}-error`} /> : null}
      {children}
    </Modal>
  );
}
