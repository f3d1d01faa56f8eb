/**
 * The office's table (TanStack Table v9, headless): columns with sortable headers, a row header per row, and a
 * footer that always says how many rows there are in all ("Showing 51–100 of 288 customers" with the pages, or
 * "All 12 jobs"), so a list never stops without saying so.
 *
 * Sorting here orders the rows in the browser, so it is offered only when they are the whole list (`complete`):
 * on one page of many it would put the page in order and look like the list's order, which it is not. A paged
 * list says its own order instead (`order`: "By name", "Best match first", which the server keeps across pages);
 * a list that needs another order across pages needs an order argument in the API, sent from the address bar.
 *
 * Responsive: the table scrolls sideways inside its frame rather than clipping; columns marked `hideBelow: 'md'`
 * give way under 900 px, and `nowrap` keeps money, dates and numbers on one line.
 */
import { useMemo, useState, type ReactNode } from 'react';
import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import './office.css';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

/** One column: its header, how a row shows in it, and (to make the header sortable) the value it sorts by. */
export interface DataColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Sorts the rows by this value when the header is pressed (text case-insensitively, numbers as numbers);
   *  only while the table holds the whole list (`complete`). */
  sortValue?: (row: Row) => string | number | null | undefined;
  /** The row's name: rendered as `<th scope="row">` (one column per table). */
  rowHeader?: boolean;
  /** Money, dates, counts: right-aligned (`end`) and never wrapped. */
  align?: 'end';
  nowrap?: boolean;
  /** Hidden on narrow screens (under 900 px), for what the row can do without. */
  hideBelow?: 'md';
}

export function DataTable<Row extends RowData>({ caption, columns, rows, rowKey, footer, empty, rowClassName, complete = false, order }: {
  caption: string;
  columns: DataColumn<Row>[];
  rows: readonly Row[];
  /** The rows are the whole list (not one page of it): only then are the headers sortable. */
  complete?: boolean;
  /** The server's order, said above a list that cannot be sorted here ("By name, A to Z"). */
  order?: string;
  rowKey: (row: Row) => string;
  /** What is under the table: a `Pager` or a `ListCount` (the total, always). */
  footer?: ReactNode;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  rowClassName?: (row: Row) => string | undefined;
}) {
  const [chosen, setSorting] = useState<SortingState>([]);
  const sorting = complete ? chosen : [];
  const definitions = useMemo(() => columns.map((column): ColumnDef<typeof features, Row> => ({
    id: column.id,
    header: column.header,
    accessorFn: (row: Row) => {
      const value = column.sortValue?.(row);
      return typeof value === 'string' ? value.toLocaleLowerCase() : value ?? null;
    },
    enableSorting: complete && Boolean(column.sortValue),
    sortFn: 'alphanumeric',
    sortUndefined: 'last',
  })), [columns, complete]);
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features,
    columns: definitions,
    data,
    getRowId: (row: Row) => rowKey(row),
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: true,
  });
  const byId = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);
  const classes = (column: DataColumn<Row>) => [column.align === 'end' ? 'num' : '', column.nowrap || column.align === 'end' ? 'nowrap' : '',
    column.hideBelow === 'md' ? 'hide-md' : ''].filter(Boolean).join(' ') || undefined;

  if (rows.length === 0 && empty) return <>{empty}{footer}</>;
  return (
    <>
      {!complete && order && <p className="list-order" data-testid="list-order">{order}</p>}
      <div className="table-wrap data-table">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const column = byId.get(header.column.id)!;
                  const sorted = header.column.getIsSorted();
                  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
                  return (
                    <th key={header.id} scope="col" className={classes(column)} aria-sort={ariaSort}>
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}
                          title={`Sort by ${column.header.toLowerCase()}`}>
                          {column.header}
                          <span className="sort-mark" aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                        </button>
                      ) : column.header}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original)}>
                {columns.map((column) => (column.rowHeader
                  ? <th key={column.id} scope="row" className={classes(column)}>{column.cell(row.original)}</th>
                  : <td key={column.id} className={classes(column)} data-label={column.header}>{column.cell(row.original)}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer}
    </>
  );
}

/** "All 12 jobs" / "1 job" / "12 of 40 shown": the total of a list that is not paged, or not all shown. */
export function ListCount({ shown, total, noun }: { shown: number; total: number; noun: [singular: string, plural: string] }) {
  const word = total === 1 ? noun[0] : noun[1];
  const text = shown >= total ? (total === 1 ? `1 ${word}` : `All ${total} ${word}`) : `${shown} of ${total} ${word} shown`;
  return <p className="list-count" aria-live="polite" data-testid="list-count">{text}</p>;
}
