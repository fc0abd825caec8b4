import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import sanitizeHtml from 'sanitize-html';
import { KiteError } from '../../core/errors.js';

/** The languages ui.code highlights, by name or common alias; `auto` picks the likeliest of them. */
export type CodeLanguage =
  | 'typescript' | 'ts' | 'javascript' | 'js' | 'json' | 'bash' | 'sh' | 'shell' | 'console'
  | 'python' | 'py' | 'sql' | 'html' | 'xml' | 'svg' | 'css' | 'yaml' | 'yml' | 'markdown' | 'md'
  | 'plaintext' | 'text' | 'auto';

const GRAMMARS = { typescript, javascript, json, bash, shell, python, sql, xml, css, yaml, markdown, plaintext };
const NAMES = Object.keys(GRAMMARS);

/** An instance of its own, so that an app registering other languages in highlight.js changes nothing here. */
const highlighter = hljs.newInstance();
for (const [name, grammar] of Object.entries(GRAMMARS)) highlighter.registerLanguage(name, grammar);

/** Beyond this many characters code is shown as plain text: highlighting (auto-detection above all) costs server time. */
export const MAX_HIGHLIGHTED = 200_000;

/**
 * highlight.js escapes the code it is given and adds only `<span class="hljs-...">`; this second
 * pass keeps exactly that, so no input can produce any other markup.
 */
const ONLY_SPANS: sanitizeHtml.IOptions = {
  allowedTags: ['span'],
  allowedAttributes: { span: ['class'] },
  // Scopes (`hljs-title`) and their sub-scopes (`function_`, `inherited__`).
  allowedClasses: { span: [/^hljs-[\w-]+$/, /^[a-z]+_+$/] },
};

export interface Highlighted {
  /** HTML as highlight.js makes it: escaped text in `span` elements (pass it through `sanitizeHighlighted`). */
  html: string;
  /** The grammar used (its canonical name), e.g. `typescript` for `ts`, or the one `auto` detected. */
  language: string;
}

/** The canonical name of a language, or a KiteError naming the ones there are. */
export function languageName(language: string): string {
  if (language === 'auto') return language;
  const grammar = highlighter.getLanguage(language);
  const name = grammar && NAMES.find((n) => highlighter.getLanguage(n) === grammar);
  if (!name) throw new KiteError(`ui.code cannot highlight ${JSON.stringify(language)}: use one of ${NAMES.join(', ')} (or an alias), or auto`);
  return name;
}

/** Highlights code on the server, so the browser needs no highlighter. */
export function highlight(code: string, language: CodeLanguage): Highlighted {
  const name = languageName(language);
  if (code.length > MAX_HIGHLIGHTED) return { html: escapeHtml(code), language: 'plaintext' };
  const result =
    name === 'auto'
      ? highlighter.highlightAuto(code, NAMES)
      : highlighter.highlight(code, { language: name, ignoreIllegals: true });
  return { html: result.value, language: result.language ?? 'plaintext' };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Keeps only highlight.js markup in HTML that claims to be highlighted code (e.g. set through `.props()`). */
export function sanitizeHighlighted(html: string): string {
  return sanitizeHtml(html, ONLY_SPANS);
}
