import { describe, expect, it } from 'vitest';
import { readEveryPage } from './everyPage';

describe('reading every page of a list', () => {
  it('follows the cursors to the last page: 288 rows in three pages of 100, none left out', async () => {
    const rows = Array.from({ length: 288 }, (_, index) => index);
    const asked: (string | null)[] = [];
    const all = await readEveryPage(async (after) => {
      asked.push(after);
      const from = after ? Number(after) : 0;
      const nodes = rows.slice(from, from + 100);
      return { totalCount: rows.length, nodes, pageInfo: { hasNextPage: from + 100 < rows.length, endCursor: String(from + nodes.length) } };
    });
    expect(all.nodes).toEqual(rows);
    expect(all.totalCount).toBe(288);
    expect(asked).toEqual([null, '100', '200']);
  });

  it('stops on an empty page even if the API says there is more', async () => {
    const all = await readEveryPage(async () => ({ totalCount: 5, nodes: [], pageInfo: { hasNextPage: true, endCursor: 'x' } }));
    expect(all.nodes).toEqual([]);
  });
});
