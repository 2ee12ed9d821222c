import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Line citations of the reference ("L1605–1615") and choices of the spec notes ("choice 37"). */
const CITATION = /\bL\d{3,4}\b|\bchoice \d+\b|spec-notes/;

/** The message catalogs: a folder per language, a JSON file per area. */
const CATALOGS = 'src/i18n/catalogs';

/** The screens' sources: what a user can read comes from their strings and JSX text (the mock's own messages aside). */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return path.includes('contract') ? [] : sourceFiles(path);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

function citingStrings(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      if (CITATION.test(node.text)) {
        found.push(`${path}: ${node.text.trim()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('what the console shows', () => {
  it('cites no internal document (comments may)', () => {
    const files = ['src/app', 'src/components', 'src/features', 'src/api'].flatMap((folder) => sourceFiles(folder));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(citingStrings)).toEqual([]);
  });

  it('cites no internal document in any message catalog, in any language', () => {
    const catalogs = readdirSync(CATALOGS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((locale) => readdirSync(join(CATALOGS, locale.name)).filter((name) => name.endsWith('.json')).map((name) => join(CATALOGS, locale.name, name)));
    expect(catalogs.length).toBeGreaterThanOrEqual(20);
    const citing = catalogs.flatMap((path) =>
      Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>)
        .filter(([, message]) => CITATION.test(message))
        .map(([id, message]) => `${path}: ${id}: ${message}`),
    );
    expect(citing).toEqual([]);
  });
});
