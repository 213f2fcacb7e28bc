// Precompiled JSX for the bundled command (see bundle-cli.ts): an esbuild plugin that turns each
// element with a literal tag into one string template, where the runtime would build a props object,
// loop over it, look up the tag's and each attribute's text and allocate an `Html` for every element.
//
// It works on esbuild's own output for a .tsx module (JSX already lowered to `jsx("li", {…})`
// calls, its text already trimmed and its entities decoded by the compiler), and rewrites only calls
// whose every part it knows: a string tag (or the Fragment), an object literal of plain properties
// with `children` last, attribute names the runtime writes. Constant attributes and text are
// written at bundling time by the runtime's own functions (`tagOf`, `attributeOf`, `attribute`,
// `renderChild`), values at run time by `attribute` and `renderChild`; nested elements join their
// parent's template. Anything else (components, spreads, keys) stays a runtime call. The markup is
// the runtime's, byte for byte: the bundle test builds the sample with the bundle and with the
// sources and compares every file, and jsx-precompile.test.ts compares element by element.

import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { transform, type Plugin } from "esbuild";
import ts from "typescript";
import { attribute, attributeOf, renderChild, tagOf } from "../src/html/jsx-runtime.js";

// The jsxImportSource of the configuration the command is bundled with (read from there, so the
// package import it names is spelled in one place, beside its path mapping), and the module esbuild
// then imports `jsx`, `jsxs` and `Fragment` from.
const JSX_IMPORT_SOURCE = jsxImportSource(fileURLToPath(new URL("../tsconfig.build.json", import.meta.url)));
/** The module of the runtime's `jsx`, `jsxs` and `Fragment`. */
export const JSX_RUNTIME = `${JSX_IMPORT_SOURCE}/jsx-runtime`;

// Names the rewritten module imports the runtime's helpers under.
const HTML = "__tdxHtml";
const CHILD = "__tdxChild";
const ATTRIBUTE = "__tdxAttribute";

/** An esbuild plugin compiling .tsx modules with precompiled elements. */
export function jsxPrecompile(): Plugin {
  return {
    name: "talkdex-jsx-precompile",
    setup(build) {
      build.onLoad({ filter: /\.tsx$/ }, async (args) => {
        const code = await lowerJsx(await readFile(args.path, "utf8"), args.path);
        return { contents: precompileJsx(code), loader: "js", resolveDir: dirname(args.path) };
      });
    },
  };
}

/** A .tsx module as esbuild compiles it on its own: JavaScript whose JSX is calls of the runtime's `jsx`/`jsxs`. */
export async function lowerJsx(source: string, sourcefile = "module.tsx"): Promise<string> {
  const { code } = await transform(source, {
    loader: "tsx",
    format: "esm",
    target: "node20",
    sourcefile,
    tsconfigRaw: { compilerOptions: { jsx: "react-jsx", jsxImportSource: JSX_IMPORT_SOURCE, useDefineForClassFields: true } },
  });
  return code;
}

// A template's pieces: markup known now, or an expression (source text) giving markup at run time.
type Part = { text: string } | { code: string };

// What `literal` answers for an expression whose value is not known before it runs.
const UNKNOWN = Symbol("unknown");

/** `code` (an ES module as esbuild writes JSX: calls of the runtime's `jsx`/`jsxs`) with its elements precompiled. */
export function precompileJsx(code: string): string {
  const file = ts.createSourceFile("module.js", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const factories = new Set<string>();
  let fragment: string | undefined;
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== JSX_RUNTIME) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === "jsx" || imported === "jsxs") factories.add(element.name.text);
      else if (imported === "Fragment") fragment = element.name.text;
    }
  }
  if (factories.size === 0) return code;

  // Each call's template, once (`rewrite` asks again for the calls inside a value).
  const templates = new Map<ts.Node, Part[] | undefined>();
  const templateOf = (node: ts.Node): Part[] | undefined => {
    if (!templates.has(node)) templates.set(node, template(node));
    return templates.get(node);
  };

  // The parts of an element call, or undefined when it must stay a runtime call.
  function template(node: ts.Node): Part[] | undefined {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || !factories.has(node.expression.text)) return undefined;
    const [type, props, ...rest] = node.arguments;
    if (rest.length > 0 || !type || !props || !ts.isObjectLiteralExpression(props)) return undefined;
    const fields: [string, ts.Expression][] = [];
    for (const p of props.properties) {
      if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) fields.push([p.name.text, p.initializer]);
      else if (ts.isShorthandPropertyAssignment(p)) fields.push([p.name.text, p.name]);
      else return undefined;
    }
    // The runtime evaluates every prop before it writes anything: with the children last, the
    // template's left-to-right order is the same.
    const childrenAt = fields.findIndex(([key]) => key === "children");
    if (childrenAt !== -1 && childrenAt !== fields.length - 1) return undefined;
    const children = childrenAt === -1 ? undefined : (fields[childrenAt] as [string, ts.Expression])[1];
    if (fragment !== undefined && ts.isIdentifier(type) && type.text === fragment) return fields.length === (children ? 1 : 0) ? (children ? childParts(children) : []) : undefined;
    if (!ts.isStringLiteral(type)) return undefined;
    const tag = tagOf(type.text);
    const parts: Part[] = [{ text: tag.open }];
    for (const [key, value] of fields) {
      if (key === "children") continue;
      const start = attributeOf(key);
      if (start === null) return undefined;
      const known = literal(value);
      parts.push(known === UNKNOWN ? { code: `${ATTRIBUTE}(${JSON.stringify(start)}, ${rewrite(value)})` } : { text: attribute(start, known) });
    }
    parts.push({ text: ">" });
    if (tag.close === undefined) return children ? undefined : parts;
    if (children) parts.push(...childParts(children));
    parts.push({ text: tag.close });
    return parts;
  }

  // The parts of a `children` value: arrays flattened, elements inlined, literals written now.
  function childParts(value: ts.Expression): Part[] {
    if (ts.isArrayLiteralExpression(value) && !value.elements.some(ts.isSpreadElement)) return value.elements.flatMap(childParts);
    const inner = templateOf(value);
    if (inner) return inner;
    const known = literal(value);
    return [known === UNKNOWN ? { code: `${CHILD}(${rewrite(value)})` } : { text: renderChild(known) }];
  }

  // The value of a literal expression, or UNKNOWN.
  function literal(e: ts.Expression): unknown {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isNumericLiteral(e) && /^\d+(?:\.\d+)?$/.test(e.text)) return Number(e.text);
    if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (e.kind === ts.SyntaxKind.NullKeyword) return null;
    if (ts.isVoidExpression(e) && ts.isNumericLiteral(e.expression)) return undefined;
    return UNKNOWN;
  }

  // An expression building the `Html` of `parts`, constants joined.
  function htmlOf(parts: readonly Part[]): string {
    const joined: Part[] = [];
    for (const part of parts) {
      const last = joined[joined.length - 1];
      if ("text" in part && last && "text" in last) joined[joined.length - 1] = { text: last.text + part.text };
      else joined.push(part);
    }
    const terms = joined.map((p) => ("text" in p ? JSON.stringify(p.text) : p.code));
    return `new ${HTML}(${terms.length === 0 ? '""' : terms.join(" + ")})`;
  }

  // The source text of `node` (from `from`, else its first token), with its element calls rewritten.
  function rewrite(node: ts.Node, from = node.getStart(file)): string {
    const parts = node === file ? undefined : templateOf(node);
    if (parts) return htmlOf(parts);
    let out = "";
    let at = from;
    const visit = (n: ts.Node): void => {
      if (templateOf(n)) {
        out += code.slice(at, n.getStart(file)) + rewrite(n);
        at = n.getEnd();
      } else ts.forEachChild(n, visit);
    };
    ts.forEachChild(node, visit);
    return out + code.slice(at, node.getEnd());
  }

  const body = rewrite(file, 0);
  return `import { Html as ${HTML}, renderChild as ${CHILD}, attribute as ${ATTRIBUTE} } from ${JSON.stringify(JSX_RUNTIME)};\n${body}`;
}

// The jsxImportSource of a tsconfig file, as tsc reads it (comments allowed, `extends` followed).
function jsxImportSource(tsconfig: string): string {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const source = parsed?.options.jsxImportSource;
  if (source === undefined) throw new Error(`${tsconfig}: no compilerOptions.jsxImportSource to precompile JSX for`);
  return source;
}
