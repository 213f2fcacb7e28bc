// The document tree shared by the block parser, reference resolution and the HTML writer.
// Node kinds and their names follow docutils' doctree so behaviour can be compared one to one.

/** Inline (phrase-level) nodes. */
export type Inline =
  | { kind: "text"; text: string }
  | { kind: "emphasis"; children: Inline[] }
  | { kind: "strong"; children: Inline[] }
  | { kind: "literal"; text: string }
  | { kind: "cite"; children: Inline[] }
  | { kind: "sub"; children: Inline[] }
  | { kind: "sup"; children: Inline[] }
  | { kind: "span"; className: string; children: Inline[] }
  | { kind: "reference"; ref: Reference; children: Inline[]; raw?: string }
  | { kind: "inline-target"; names: string[]; children: Inline[] }
  | { kind: "substitution"; name: string; line: number; children: Inline[] }
  | { kind: "footnote-reference"; ref: FootnoteRef }
  | { kind: "image"; image: ImageData }
  | { kind: "problematic"; text: string };

/** A hyperlink reference; resolution fills `uri` (external) or `internal` (an id). */
export interface Reference {
  refname?: string;
  anonymous?: boolean;
  uri?: string;
  internal?: string;
  line: number;
  /** Set when resolution failed: the reference renders as its source text. */
  broken?: boolean;
}

/** A footnote reference such as `[1]_`, `[#]_`, `[#note]_` or `[*]_`. */
export interface FootnoteRef {
  label: string;
  auto: "" | "#" | "*";
  line: number;
  id?: string;
  target?: string;
  display?: string;
}

/** Image attributes (image directive, figure, substitution image). */
export interface ImageData {
  uri: string;
  alt?: string;
  width?: string;
  height?: string;
  align?: string;
  target?: Reference;
}

/** One cell of a table. */
export interface TableCell {
  morerows: number;
  morecols: number;
  children: Block[];
}

/** One row of a table. */
export type TableRow = TableCell[];

/** One item of a definition list. */
export interface DefinitionItem {
  term: Inline[];
  classifiers: Inline[][];
  definition: Block[];
}

/** One item of an option list: its options (`-f FILE`) and description. */
export interface OptionListItem {
  options: { name: string; delimiter: string; argument?: string }[];
  description: Block[];
}

/** One line of a line block: either text or a nested line block. */
export type LineBlockLine = { kind: "line"; children: Inline[] } | { kind: "line-block"; lines: LineBlockLine[] };

/** Block (body-level) nodes. */
export type Block =
  | { kind: "paragraph"; children: Inline[] }
  | { kind: "section"; title: Inline[]; titleText: string; level: number; target?: TargetDef; children: Block[] }
  | { kind: "bullet-list"; items: Block[][] }
  | { kind: "enumerated-list"; enumtype: string; prefix: string; suffix: string; start: number; items: Block[][] }
  | { kind: "definition-list"; items: DefinitionItem[] }
  | { kind: "field-list"; fields: { name: Inline[]; body: Block[] }[] }
  | { kind: "option-list"; items: OptionListItem[] }
  | { kind: "literal-block"; text: string; language?: string; classes?: string[]; firstLineNumber?: number; children?: Inline[] }
  | { kind: "doctest-block"; text: string }
  | { kind: "line-block"; lines: LineBlockLine[] }
  | { kind: "block-quote"; children: Block[]; attribution?: Inline[] }
  | { kind: "transition"; line: number }
  | { kind: "table"; colwidths: number[]; head: TableRow[]; body: TableRow[]; title?: Inline[] }
  | { kind: "image"; image: ImageData }
  | { kind: "figure"; image: ImageData; caption?: Inline[]; legend: Block[]; align?: string }
  | { kind: "container"; classes: string[]; children: Block[] }
  | { kind: "admonition"; name: string; title: Inline[]; children: Block[] }
  | { kind: "topic"; title: Inline[]; children: Block[] }
  | { kind: "rubric"; children: Inline[] }
  | { kind: "footnote"; label: string; auto: "" | "#" | "*"; names: string[]; id?: string; display?: string; backrefs?: number; children: Block[]; line: number }
  | { kind: "target"; target: TargetDef }
  | { kind: "substitution-def"; name: string; children: Inline[]; line: number }
  | { kind: "comment" };

/** A hyperlink target from `.. _name: uri`, `__ uri`, an inline target or an embedded URI. */
export interface TargetDef {
  names: string[];
  anonymous: boolean;
  /** External URI, if any. */
  uri?: string;
  /** Indirect target: the reference name it points to. */
  refname?: string;
  /** Whether this target is internal (points at the next element). */
  internal: boolean;
  line: number;
  /** Set during resolution. */
  id?: string;
  referenced?: boolean;
  /** Embedded URI targets (`text <uri>`_) create targets too but docutils doesn't report them unreferenced. */
  embedded?: boolean;
  /** Section titles are implicit targets. */
  implicit?: boolean;
  /** Footnote labels share the target namespace but are never reported as unreferenced. */
  footnote?: boolean;
  /** Result of following an indirect target, computed once. */
  resolution?: { uri?: string; id?: string } | null;
}

/** Diagnostic as reported by the parser (same shape as the public RstDiagnostic). */
export interface Message {
  line: number;
  level: 1 | 2 | 3 | 4;
  message: string;
}
