import BookmarksOutlined from '@mui/icons-material/BookmarksOutlined';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import type { SavedView } from '@/features/traces/hooks/use-saved-views';

interface SavedViewsMenuProps {
  views: readonly SavedView[];
  onOpenView: (view: SavedView) => void;
  onSave: () => void;
  onCopyLink: () => void;
}

/** Saved views: reopen one, save the current one, or copy a link to it. */
export function SavedViewsMenu({ views, onOpenView, onSave, onCopyLink }: SavedViewsMenuProps) {
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
        Saved views
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {views.length === 0 ? (
          <MenuItem disabled divider>
            No saved view yet
          </MenuItem>
        ) : (
          views.map((view, index) => (
            <MenuItem key={view.name} divider={index === views.length - 1} onClick={() => run(() => onOpenView(view))}>
              {view.name}
            </MenuItem>
          ))
        )}
        <MenuItem onClick={() => run(onSave)}>Save current view…</MenuItem>
        <MenuItem onClick={() => run(onCopyLink)}>Copy link to this view</MenuItem>
      </Menu>
    </>
  );
}
