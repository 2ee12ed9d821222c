import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useT } from '@/i18n/use-t';

interface UnsavedChangesGuardProps {
  /** Read at the moment of leaving, so a save can let its own navigation through at once. */
  when: () => boolean;
  /** What would be lost, e.g. "this tracker". */
  subject: string;
}

/**
 * Asks before leaving a form with unsaved changes: in-app navigation through the router's blocker,
 * reload and tab close through the browser's own prompt.
 */
export function UnsavedChangesGuard({ when, subject }: UnsavedChangesGuardProps) {
  const t = useT();
  const latest = useRef(when);
  latest.current = when;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => latest.current() && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current()) {
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('common.unsaved.title')}
      body={t('common.unsaved.body', { subject })}
      confirmLabel={t('common.unsaved.leave')}
      cancelLabel={t('common.unsaved.stay')}
      destructive
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
}
