import BookmarksOutlined from '@mui/icons-material/BookmarksOutlined';
import Button from '@mui/material/Button';
import { useId, useState } from 'react';
import type { SavedView } from '@/features/traces/hooks/use-saved-views';
import { LazyMenu, LazyMenuItem } from '@/components/lazy-menu';
import { useT } from '@/i18n/use-t';

interface SavedViewsMenuProps {
  views: readonly SavedView[];
  onOpenView: (view: SavedView) => void;
  onSave: () => void;
  onCopyLink: () => void;
}

/** Saved views: reopen one, save the current one, or copy a link to it. */
export function SavedViewsMenu({ views, onOpenView, onSave, onCopyLink }: SavedViewsMenuProps) {
  const t = useT();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const run = (action: () => void) => {
    setAnchor(null);
    action();
  };
  return (
    <>
      <Button
        startIcon={<BookmarksOutlined />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('traces.views.menu')}
      </Button>
      <LazyMenu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {views.length === 0 ? (
          <LazyMenuItem disabled divider>
            {t('traces.views.none')}
          </LazyMenuItem>
        ) : (
          views.map((view, index) => (
            <LazyMenuItem key={view.name} divider={index === views.length - 1} onClick={() => run(() => onOpenView(view))}>
              {view.name}
            </LazyMenuItem>
          ))
        )}
        <LazyMenuItem onClick={() => run(onSave)}>{t('traces.views.saveCurrent')}</LazyMenuItem>
        <LazyMenuItem onClick={() => run(onCopyLink)}>{t('traces.views.copyLink')}</LazyMenuItem>
      </LazyMenu>
    </>
  );
}
