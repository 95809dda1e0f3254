import { Ellipsis, type LucideIcon, Pencil, Trash2 } from 'lucide-react';
import { Button } from './button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from './dropdown-menu';
import { TableCell, TableHead } from './table';

type RowActionsProps = {
  label: string;
  onEdit: () => void;
  /** Leave out where the row may not be deleted (your own user, say). */
  onDelete?: () => void;
  deleteLabel?: string;
  deleteIcon?: LucideIcon;
  /** Further actions, listed between Edit and delete (e.g. "Reset password"). */
  more?: readonly { label: string; icon: LucideIcon; onSelect: () => void }[];
};

/** The ⋯ menu at the end of a row: edit and delete (named otherwise, e.g. "Release", with `deleteLabel`). */
export function RowActions({
  label,
  onEdit,
  onDelete,
  deleteLabel = 'Delete',
  deleteIcon: DeleteIcon = Trash2,
  more = [],
}: RowActionsProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="size-7" aria-label={`Actions for ${label}`}>
          <Ellipsis aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem onSelect={onEdit}>
          <Pencil aria-hidden="true" />
          Edit
        </DropdownMenuItem>
        {more.map(({ label: actionLabel, icon: Icon, onSelect }) => (
          <DropdownMenuItem key={actionLabel} onSelect={onSelect}>
            <Icon aria-hidden="true" />
            {actionLabel}
          </DropdownMenuItem>
        ))}
        {onDelete && (
          <DropdownMenuItem variant="destructive" onSelect={onDelete}>
            <DeleteIcon aria-hidden="true" />
            {deleteLabel}
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** The last cell of a row, holding its ⋯ menu. */
export function RowActionsCell(props: RowActionsProps) {
  return (
    <TableCell className="text-right">
      <RowActions {...props} />
    </TableCell>
  );
}

/** The head of the actions column: blank to the eye, named for screen readers. */
export function ActionsHead({ className }: { className?: string }) {
  return (
    <TableHead className={className}>
      <span className="sr-only">Actions</span>
    </TableHead>
  );
}
