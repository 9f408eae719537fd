import { importCycles, specifiersOf } from './source-files';

describe('import scanning', () => {
  it('finds static, type-only and re-export specifiers', () => {
    const text =
      "import a from './a';\nimport type { B } from \"../b\";\nexport * from './c';\nimport './d';";
    expect(specifiersOf(text)).toEqual(['./a', '../b', './c', './d']);
  });

  it('reports a cycle through an index file, and none for a tree', () => {
    const cyclic = new Map([
      ['p/src/a.ts', "import { b } from './b';"],
      ['p/src/b.ts', "import { c } from './c';"],
      ['p/src/c/index.ts', "import { a } from '../a';"],
    ]);
    expect(importCycles(cyclic)).toEqual([['p/src/a.ts', 'p/src/b.ts', 'p/src/c/index.ts']]);
    const tree = new Map([
      ['p/src/a.ts', "import { b } from './b';\nimport { c } from './c';"],
      ['p/src/b.ts', "import { c } from './c';"],
      ['p/src/c.ts', ''],
    ]);
    expect(importCycles(tree)).toEqual([]);
  });
});
