import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable, type DataColumn } from './DataTable';

type Row = { id: string; name: string };
const columns: DataColumn<Row>[] = [{ id: 'name', header: 'Name', rowHeader: true, sortValue: (row) => row.name, cell: (row) => row.name }];
const rows: Row[] = [{ id: '1', name: 'Bea' }, { id: '2', name: 'Abe' }];

describe('the office table', () => {
  it('offers no sorting when the rows are one page of a longer list, and says the server\'s order instead', () => {
    // given: one page of a paged list; when: it renders; then: plain headers and the order in words
    const html = renderToStaticMarkup(<DataTable caption="People" columns={columns} rows={rows} rowKey={(row) => row.id} order="By name, A to Z." />);
    expect(html).not.toContain('sort-button');
    expect(html).toContain('By name, A to Z.');
  });
  it('offers sorting by a column when the rows are the whole list', () => {
    // given: the whole list; when: it renders; then: the sortable header, no order note
    const html = renderToStaticMarkup(<DataTable caption="People" columns={columns} rows={rows} rowKey={(row) => row.id} complete order="By name." />);
    expect(html).toContain('sort-button');
    expect(html).not.toContain('By name.');
  });
});
