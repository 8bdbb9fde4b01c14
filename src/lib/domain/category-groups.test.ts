import { describe, expect, test } from 'vitest';
import { groupByCategory } from './category-groups.ts';

describe('groupByCategory', () => {
  test('groups in category order, keeps the item order within a group, and leaves out empty groups', () => {
    const categories = [{ id: 'identify' }, { id: 'empty' }, { id: 'packages' }];
    const items = [
      { id: 'install', category: 'packages' },
      { id: 'os-release', category: 'identify' },
      { id: 'remove', category: 'packages' },
    ];
    expect(groupByCategory(items, categories).map((g) => [g.category.id, g.items.map((i) => i.id)])).toEqual([
      ['identify', ['os-release']],
      ['packages', ['install', 'remove']],
    ]);
  });
});
