import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { type ReactNode, useId, useRef } from 'react';
import { useT } from '@/i18n/use-t';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Deletes or discards something: the confirm button is red and Cancel gets the initial focus. */
  destructive?: boolean;
  /** The confirmed action is running: buttons are disabled and the dialog cannot be dismissed. */
  pending?: boolean;
  /** Shown under the body, e.g. an ErrorPanel when the action failed. */
  error?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  destructive = false,
  pending = false,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const t = useT();
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const close = () => {
    if (!pending) {
      onClose();
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      maxWidth="xs"
      fullWidth
      role={destructive ? 'alertdialog' : 'dialog'}
      slotProps={{
        // autoFocus alone can lose to the focus trap's own first focus (StrictMode runs it twice).
        transition: { onEntered: () => (destructive ? cancelRef : confirmRef).current?.focus() },
      }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <div id={bodyId}>{body}</div>
        {error ? <div style={{ marginTop: 16 }}>{error}</div> : null}
      </DialogContent>
      <DialogActions>
        <Button ref={cancelRef} onClick={close} disabled={pending} autoFocus={destructive}>
          {cancelLabel ?? t('common.action.cancel')}
        </Button>
        <Button
          ref={confirmRef}
          variant="contained"
          color={destructive ? 'error' : 'primary'}
          onClick={onConfirm}
          loading={pending}
          autoFocus={!destructive}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
