import { importCycles, sourceFiles, specifiersOf } from './source-files';

/**
 * The shape the code promises (docs/architecture.md, ../shared/STYLE.md), checked on every run
 * over all packages' sources: it lives here because the API is the package that sees them all.
 */
const files = sourceFiles();
const isTest = (file: string) => /\.spec\.ts$|\/testing\//.test(file);
const inPackage = (pkg: string) => [...files].filter(([file]) => file.startsWith(`${pkg}/src/`));

describe('the architecture', () => {
  it('has no import cycle in any package', () => {
    expect(importCycles(files)).toEqual([]);
  });

  it('keeps the domain pure: it imports only fp-ts and io-ts', () => {
    const foreign = inPackage('domain')
      .filter(([file]) => !isTest(file))
      .flatMap(([file, text]) =>
        specifiersOf(text)
          .filter((s) => !s.startsWith('.') && !/^(fp-ts|io-ts)(\/|$)/.test(s))
          .map((s) => `${file}: ${s}`),
      );
    expect(foreign).toEqual([]);
  });

  it('never imports the API from the projections or the event store', () => {
    const upward = [...inPackage('projections'), ...inPackage('event-store'), ...inPackage('domain')].flatMap(
      ([file, text]) =>
        specifiersOf(text)
          .filter((s) => s.startsWith('@casebook/api'))
          .map((s) => `${file}: ${s}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps the domain command types through the API: no `as never` or `as unknown as`', () => {
    const casts = inPackage('api')
      .filter(([file]) => !isTest(file))
      .filter(([, text]) => /\bas never\b|\bas unknown as\b/.test(text))
      .map(([file]) => file);
    expect(casts).toEqual([]);
  });

  it('names option objects for what they are, never `o`', () => {
    const named = [...files]
      .filter(([file, text]) => !isTest(file) && /\(o: [A-Z]/.test(text))
      .map(([file]) => file);
    expect(named).toEqual([]);
  });
});
