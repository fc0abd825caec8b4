import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * The source of every `demo(title, description, fn)` call in a group file, by title: the body
 * of `fn` as written (braces removed, dedented). Read from the file itself, so what the gallery
 * shows is the code that runs.
 */
export function demoSources(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const sources = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'demo') {
      const [title, , fn] = node.arguments;
      if (!title || !ts.isStringLiteralLike(title) || !fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)))
        throw new Error(`${file}: demo() needs a string literal title and a function literal (line ${line(sourceFile, node)})`);
      if (sources.has(title.text)) throw new Error(`${file}: two demos are titled ${JSON.stringify(title.text)}`);
      sources.set(title.text, bodyText(fn.body, text));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return sources;
}

function bodyText(body: ts.ConciseBody, text: string): string {
  if (!ts.isBlock(body)) return body.getText();
  // Between the braces, without the line breaks that follow `{` and precede `}`.
  const inner = text.slice(body.getStart() + 1, body.getEnd() - 1).replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  return dedent(inner);
}

/** Removes the indentation common to all non-blank lines. */
export function dedent(code: string): string {
  const lines = code.split(/\r?\n/);
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n');
}

function line(sourceFile: ts.SourceFile, node: ts.Node): number {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

/** The `ui.<name>` members a source uses, in order of first use (`ui.navigate.to` counts as `navigate`). */
export function uiNames(source: string): string[] {
  return [...new Set([...source.matchAll(/\bui\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!))];
}
