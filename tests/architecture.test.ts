/**
 * The layers of src/, enforced: each folder imports only from the folders below it, and code that
 * runs at build time never touches the browser's globals. A failure names the file, the import and
 * where that code belongs instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
const files = walk(src).filter((f) => /\.(ts|astro)$/.test(f));
const folderOf = (file: string) => path.relative(src, file).split(path.sep)[0];

/** Every relative import of a file (static, dynamic and side-effect), as the src/ folder it reaches. */
function importsOf(file: string): { spec: string; folder: string | null }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map(([, spec]) => {
    const target = path.resolve(path.dirname(file), spec);
    return { spec, folder: target.startsWith(src + path.sep) ? folderOf(target) : null };
  });
}

/** Which src/ folders each folder may import, and why a forbidden import is wrong. */
const RULES: { folder: string; forbidden: string[]; advice: string }[] = [
  {
    folder: 'config',
    forbidden: ['lib', 'data', 'derive', 'charts', 'views', 'figures', 'client', 'components', 'layouts', 'pages'],
    advice: 'constants import nothing: move the shared value into src/config',
  },
  {
    folder: 'lib',
    forbidden: ['data', 'derive', 'charts', 'views', 'figures', 'client', 'components', 'layouts', 'pages'],
    advice: 'lib holds format, url-state, provenance, csp, search and site-path, below the data door',
  },
  {
    folder: 'data',
    forbidden: ['derive', 'charts', 'views', 'figures', 'client', 'components', 'layouts', 'pages'],
    advice: 'a door reads and validates one data file; computations over it belong in src/derive',
  },
  {
    folder: 'derive',
    forbidden: ['charts', 'views', 'figures', 'client', 'components', 'layouts', 'pages'],
    advice: 'computations and sentences use config, lib and data only (formatting is src/lib/format.ts)',
  },
  {
    folder: 'charts',
    forbidden: ['views', 'figures', 'client', 'components', 'layouts', 'pages'],
    advice: 'a chart takes data and options; the page-specific part belongs in src/views or src/figures',
  },
  {
    folder: 'views',
    forbidden: ['figures', 'client', 'components', 'layouts', 'pages'],
    advice: 'view code is isomorphic; figure descriptions go in src/figures, browser wiring in src/client',
  },
  {
    folder: 'figures',
    forbidden: ['client', 'components', 'layouts', 'pages'],
    advice: 'figures are drawn at build time too; browser wiring goes in src/client',
  },
];
/** Only the browser's own code and the Astro files that load it may import src/client. */
const CLIENT_IMPORTERS = new Set(['client', 'pages', 'components', 'layouts']);

describe('the layers of src/', () => {
  it('has no import that runs against the layers', () => {
    const problems = files.flatMap((file) => {
      const from = folderOf(file);
      const rule = RULES.find((r) => r.folder === from);
      return importsOf(file).flatMap(({ spec, folder }) => {
        if (folder === null || folder === from) return [];
        const where = `${path.relative(root, file)} imports ${spec}`;
        if (folder === 'client' && !CLIENT_IMPORTERS.has(from))
          return [`${where}: only src/client, src/pages, src/components and src/layouts may import browser code`];
        if (rule?.forbidden.includes(folder)) return [`${where}: ${rule.advice}`];
        return [];
      });
    });
    expect(problems).toEqual([]);
  });

  it('lets only src/data read the files in data/ (one door per file, validated where it enters)', () => {
    const dataDir = path.join(root, 'data') + path.sep;
    const problems = files
      .filter((file) => folderOf(file) !== 'data')
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/['"](\.{1,2}\/[^'"\n]+)['"]/g)]
          .filter(([, spec]) => path.resolve(path.dirname(file), spec).startsWith(dataDir))
          .map(
            ([, spec]) =>
              `${path.relative(root, file)} reads ${spec}: only src/data reads the files in data/; import its door`,
          ),
      );
    expect(problems).toEqual([]);
  });

  it('keeps window, document, history and location out of build-time code (src/views, src/derive, src/charts, src/config, src/lib, src/data, src/figures)', () => {
    // A chart is given its document (Plot's style); only the global one is forbidden. The type checker
    // tells a parameter named `document` from the global.
    const buildTime = files.filter(
      (f) =>
        f.endsWith('.ts') && ['views', 'derive', 'charts', 'config', 'lib', 'data', 'figures'].includes(folderOf(f)),
    );
    const program = ts.createProgram(buildTime, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const GLOBALS = new Set(['window', 'document', 'history', 'location']);
    const problems: string[] = [];
    for (const file of buildTime) {
      const sourceFile = program.getSourceFile(file)!;
      const visit = (node: ts.Node) => {
        if (
          ts.isIdentifier(node) &&
          GLOBALS.has(node.text) &&
          !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) &&
          !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)
        ) {
          const declarations = checker.getSymbolAtLocation(node)?.declarations ?? [];
          if (declarations.some((d) => d.getSourceFile().hasNoDefaultLib)) {
            const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
            problems.push(
              `${path.relative(root, file)}:${line + 1} uses the global ${node.text}: pass it in, or move the code to src/client`,
            );
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    expect(problems).toEqual([]);
  });
});
