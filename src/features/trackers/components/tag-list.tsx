import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Tag } from '@/api/contract/types';
import { SelectColumnHeader } from '@/components/select-column-header';
import { useT } from '@/i18n/use-t';

interface TagListProps {
  tags: Tag[];
  selected: Tag[];
  onSelectedChange: (tags: Tag[]) => void;
}

/** The tracker's tags (untrusted text, shown as text), selectable for removal. */
export function TagList({ tags, selected, onSelectedChange }: TagListProps) {
  const t = useT();
  if (tags.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('trackers.tags.none')}
      </Typography>
    );
  }
  const isSelected = (tag: Tag) => selected.some((candidate) => candidate.key === tag.key);
  const toggle = (tag: Tag, checked: boolean) =>
    onSelectedChange(checked ? [...selected, tag] : selected.filter((candidate) => candidate.key !== tag.key));

  return (
    <Table size="small" aria-label={t('trackers.tags.tableLabel')}>
      <TableHead>
        <TableRow>
          <SelectColumnHeader />
          <TableCell>{t('trackers.tags.key')}</TableCell>
          <TableCell>{t('trackers.tags.value')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tags.map((tag) => (
          <TableRow key={tag.key} selected={isSelected(tag)}>
            <TableCell padding="checkbox">
              <Checkbox
                checked={isSelected(tag)}
                onChange={(_, checked) => toggle(tag, checked)}
                slotProps={{ input: { 'aria-label': t('trackers.tags.select', { key: tag.key }) } }}
              />
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{tag.key}</TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{tag.value ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
