// Reference resolution (docutils' transforms): substitutions, target names and duplicates, anonymous and
// named hyperlinks, footnote numbering, unreferenced-target notes.
import type { ParseContext } from "./context.js";
import { normalizeName, report, whitespaceNormalize } from "./context.js";
import type { Block, FootnoteRef, Inline, Reference, TargetDef } from "./nodes.js";
import { inlineText, makeId } from "./text.js";
import { walkBlocks } from "./walk.js";

type Ref = Extract<Inline, { kind: "reference" }>;
const MAX_SUBSTITUTIONS = 10_000;
const MAX_INDIRECTION = 20;

/** Resolve every reference in the tree in place; diagnostics go to ctx. */
export function resolveReferences(blocks: Block[], ctx: ParseContext): void {
  // Most descriptions only have standalone URIs: nothing to resolve.
  if (!ctx.needsResolution && ctx.targets.length === 0 && ctx.refnames.size === 0) return;
  substitute(blocks, ctx);
  const names = registerNames(ctx);
  const refs: Ref[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  const footnotes: Extract<Block, { kind: "footnote" }>[] = [];
  walkBlocks(blocks, {
    block: (b) => {
      if (b.kind === "footnote") footnotes.push(b);
    },
    inlines: (list) => {
      for (const node of list) {
        if (node.kind === "reference") refs.push(node);
        else if (node.kind === "footnote-reference") footnoteRefs.push(node.ref);
      }
    },
  });
  resolveAnonymous(blocks, refs, ctx);
  let anonymousId = 0;
  for (const t of ctx.targets) {
    if (t.anonymous) t.id ??= `target-${++anonymousId}`;
    if (t.refname !== undefined && !t.embedded) resolveIndirect(t, names, ctx);
  }
  for (const ref of refs) {
    if (ref.ref.refname !== undefined) resolveNamed(ref, names, ctx);
  }
  numberFootnotes(footnotes, footnoteRefs, ctx);
  for (const t of ctx.targets) {
    if (t.referenced || t.anonymous || t.embedded || t.implicit || t.footnote || t.names.length === 0) continue;
    if (t.uri !== undefined && t.names.some((name) => ctx.refnames.has(name))) continue;
    report(ctx, 1, `Hyperlink target "${t.names[0]}" is not referenced.`, t.line);
  }
}

/** docutils' note_explicit_target / set_duplicate_name_id, reduced to what affects output and messages. */
function registerNames(ctx: ParseContext): Map<string, TargetDef | null> {
  const names = new Map<string, TargetDef | null>();
  const explicitNames = new Set<string>();
  const usedIds = new Set<string>();
  const suffixes = new Map<string, number>();
  for (const t of ctx.targets) {
    if (t.anonymous) continue;
    for (const name of t.names) {
      if (t.id === undefined) {
        // docutils 0.19 numbers clashing or empty ids as "<id>-N" / "<element>-N".
        const base = makeId(name) || (t.implicit ? "section" : "target");
        let id = makeId(name) ? base : `${base}-1`;
        // Remember where each base's numbering stopped so that many clashes stay linear.
        let n = suffixes.get(base) ?? 1;
        while (usedIds.has(id)) id = `${base}-${n++}`;
        suffixes.set(base, n);
        usedIds.add(id);
        t.id = id;
      }
      const explicit = !t.implicit;
      if (!names.has(name)) {
        names.set(name, t);
        if (explicit) explicitNames.add(name);
        continue;
      }
      const old = names.get(name);
      const oldExplicit = explicitNames.has(name);
      // docutils' dupname() also marks a target referenced, so duplicates are never "not referenced".
      t.referenced = true;
      if (explicit && oldExplicit) {
        const same = old && t.uri !== undefined && old.uri === t.uri;
        report(ctx, same ? 1 : 2, `Duplicate explicit target name: "${name}".`, t.line);
        if (!same) {
          if (old) old.referenced = true;
          names.set(name, null);
        }
      } else if (explicit) {
        if (old) old.referenced = true;
        names.set(name, t);
        explicitNames.add(name);
      } else {
        if (!oldExplicit) {
          if (old) old.referenced = true;
          names.set(name, null);
        }
        report(ctx, 1, `Duplicate implicit target name: "${name}".`, t.line);
      }
    }
  }
  return names;
}

/** Follow an indirect target (`.. _a: b_`) to a URI or an internal id, once; errors are reported once. */
function resolveIndirect(t: TargetDef, names: Map<string, TargetDef | null>, ctx: ParseContext, depth = 0): { uri?: string; id?: string } | null {
  if (t.resolution !== undefined) return t.resolution;
  if (t.uri !== undefined) return (t.resolution = { uri: t.uri });
  if (t.refname === undefined) return (t.resolution = t.id === undefined ? {} : { id: t.id });
  t.resolution = null;
  const next = names.get(t.refname);
  if (!next || depth > MAX_INDIRECTION) {
    const naming = `${t.names[0] ? `"${t.names[0]}" ` : ""}(id="${t.id ?? ""}") `;
    const why = next === null ? "which is a duplicate, and cannot be used as a unique reference" : next ? "forming a circular reference" : "which does not exist";
    report(ctx, 3, `Indirect hyperlink target ${naming}refers to target "${t.refname}", ${why}.`, t.line);
    return null;
  }
  next.referenced = true;
  return (t.resolution = resolveIndirect(next, names, ctx, depth + 1));
}

/** Resolve a target for a reference, marking it referenced. */
function targetOf(t: TargetDef, names: Map<string, TargetDef | null>, ctx: ParseContext): { uri?: string; id?: string } | undefined {
  t.referenced = true;
  return resolveIndirect(t, names, ctx) ?? undefined;
}

function applyTarget(ref: Reference, resolved: { uri?: string; id?: string }): void {
  if (resolved.uri !== undefined) ref.uri = resolved.uri;
  else if (resolved.id !== undefined) ref.internal = resolved.id;
}

function resolveAnonymous(blocks: Block[], refs: Ref[], ctx: ParseContext): void {
  const anonRefs = refs.filter((r) => r.ref.anonymous);
  // Like docutils, count the anonymous targets that made it into the tree (not those in discarded content).
  const anonTargets: TargetDef[] = [];
  walkBlocks(blocks, {
    block: (b) => {
      if (b.kind === "target" && b.target.anonymous) anonTargets.push(b.target);
    },
  });
  if (anonRefs.length !== anonTargets.length) {
    // docutils often gives no line here; point at the first anonymous reference (or target) instead.
    const line = anonRefs[0]?.ref.line ?? anonTargets[0]?.line ?? 1;
    report(ctx, 3, `Anonymous hyperlink mismatch: ${anonRefs.length} references but ${anonTargets.length} targets.\nSee "backrefs" attribute for IDs.`, line);
    for (const ref of anonRefs) ref.ref.broken = true;
    return;
  }
  anonRefs.forEach((ref, i) => {
    const t = anonTargets[i]!;
    t.referenced = true;
    if (t.refname !== undefined) {
      ref.ref.refname = t.refname;
      return;
    }
    if (t.uri !== undefined) ref.ref.uri = t.uri;
  });
}

function resolveNamed(ref: Ref, names: Map<string, TargetDef | null>, ctx: ParseContext): void {
  const refname = ref.ref.refname!;
  if (ref.ref.uri !== undefined) return;
  const t = names.get(refname);
  if (t === undefined) {
    report(ctx, 3, `Unknown target name: "${refname}".`, ref.ref.line);
    ref.ref.refname = undefined;
    ref.ref.broken = true;
    return;
  }
  if (t === null) {
    report(ctx, 3, `Duplicate target name, cannot be used as a unique reference: "${refname}".`, ref.ref.line);
    ref.ref.broken = true;
    return;
  }
  const resolved = targetOf(t, names, ctx);
  if (resolved) applyTarget(ref.ref, resolved);
  else ref.ref.broken = true;
}

function substitute(blocks: Block[], ctx: ParseContext): void {
  const defs = new Map<string, { children: Inline[]; line: number }>();
  const lower = new Map<string, { children: Inline[]; line: number }>();
  const definitionLists = new Set<Inline[]>();
  walkBlocks(blocks, {
    block: (b) => {
      if (b.kind !== "substitution-def") return;
      if (defs.has(b.name)) report(ctx, 3, `Duplicate substitution definition name: "${b.name}".`, b.line);
      const def = { children: b.children, line: b.line };
      definitionLists.add(b.children);
      defs.set(b.name, def);
      lower.set(normalizeName(b.name), def);
    },
  });
  if (defs.size === 0 && !hasSubstitution(blocks)) return;
  const budget = { left: MAX_SUBSTITUTIONS };
  const expand = (list: Inline[], chain: string[], topLine: number): void => {
    for (let i = 0; i < list.length; i++) {
      const node = list[i]!;
      if (node.kind !== "substitution") {
        if ("children" in node) expand(node.children, chain, topLine);
        continue;
      }
      const key = normalizeName(node.name);
      const def = defs.get(node.name) ?? lower.get(key);
      const line = chain.length ? topLine : node.line;
      if (def === undefined) {
        report(ctx, 3, `Undefined substitution referenced: "${whitespaceNormalize(node.name)}".`, node.line);
        list[i] = { kind: "problematic", text: `|${node.name}|` };
      } else if (chain.includes(key)) {
        report(ctx, 3, "Circular substitution definition detected:", def.line);
        report(ctx, 3, `Circular substitution definition referenced: "${node.name}".`, line);
        list[i] = { kind: "problematic", text: `|${node.name}|` };
      } else if (--budget.left < 0 || chain.length > 20) {
        list[i] = { kind: "problematic", text: `|${node.name}|` };
      } else {
        node.children = structuredClone(def.children);
        expand(node.children, [...chain, key], line);
      }
    }
  };
  // Definitions themselves are not expanded in place (docutils substitutes only references outside them).
  walkBlocks(blocks, {
    shallow: true,
    inlines: (list) => {
      if (!definitionLists.has(list)) expand(list, [], 0);
    },
  });
}

function hasSubstitution(blocks: Block[]): boolean {
  let found = false;
  walkBlocks(blocks, {
    inlines: (list) => {
      if (!found) found = list.some((n) => n.kind === "substitution");
    },
  });
  return found;
}

const SYMBOLS = ["*", "\u2020", "\u2021", "\u00a7", "\u00b6", "#", "\u2660", "\u2665", "\u2666", "\u2663"];

function numberFootnotes(footnotes: Extract<Block, { kind: "footnote" }>[], refs: FootnoteRef[], ctx: ParseContext): void {
  const byName = new Map<string, Extract<Block, { kind: "footnote" }>>();
  let auto = 0;
  let symbol = 0;
  footnotes.forEach((f, i) => {
    f.id = `footnote-${i + 1}`;
    if (f.auto === "#") f.display = String(++auto);
    else if (f.auto === "*") f.display = SYMBOLS[symbol++ % SYMBOLS.length]!;
    else f.display = f.label;
    for (const name of f.names) byName.set(name, f);
    if (f.auto === "#" && f.names.length === 0) byName.set(`#${f.display}`, f);
  });
  let nextAuto = 0;
  let nextSymbol = 0;
  const autoFootnotes = footnotes.filter((f) => f.auto === "#" && f.names.length === 0);
  const symbolFootnotes = footnotes.filter((f) => f.auto === "*");
  for (const ref of refs) {
    let target: Extract<Block, { kind: "footnote" }> | undefined;
    if (ref.auto === "*") target = symbolFootnotes[nextSymbol++];
    else if (ref.auto === "#" && ref.label === "") target = autoFootnotes[nextAuto++];
    else target = byName.get(ref.label);
    if (!target) {
      if (ref.auto === "") report(ctx, 3, `Unknown target name: "${ref.label}".`, ref.line);
      else if (ref.auto === "#" && ref.label) report(ctx, 3, `Unknown target name: "${ref.label}".`, ref.line);
      else report(ctx, 3, `Too many autonumbered footnote references: only ${ref.auto === "*" ? symbolFootnotes.length : autoFootnotes.length} corresponding footnotes available.`, ref.line);
      ref.display = ref.label || ref.auto;
      continue;
    }
    ref.target = target.id!;
    ref.display = target.display!;
    target.backrefs = (target.backrefs ?? 0) + 1;
  }
}

/** Names of a section for its id (exported for the writer). */
export function sectionId(title: Inline[]): string {
  return makeId(inlineText(title));
}
