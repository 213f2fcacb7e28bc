// The search index emitter: from the Catalog, a manifest, term shards, result chunks and facet
// files under `search/`, every file but the manifest named after its content's hash.

import { createHash } from "node:crypto";
import type { BuildContext } from "../build/context.js";
import type { Catalog } from "../model/catalog.js";
import type { OutputFile } from "../output/output-file.js";
import { facetList, facetsCore } from "./build-facets.js";
import { collectPostings } from "./collect-postings.js";
import { MANIFEST_PATH, type SearchManifest } from "./index-format.js";
import { docRecord, searchDocs } from "./search-docs.js";
import { cutShards } from "./shards.js";
import { tokenize } from "./tokenize.js";

// About 24 KB of JSON (6–9 KB gzipped) per shard. Results of one query are scattered over the
// years: small chunks (6 talks, under 1 KB gzipped) keep what a page of results fetches close to what it shows.
const SHARD_BYTES = 24_000;
const CHUNK_DOCS = 6;

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 10);
}

/** Writes `search/…`: the index of every published talk. */
export function searchIndex(catalog: Catalog, ctx: BuildContext): OutputFile[] {
  const { docs, eventOrder } = searchDocs(catalog);
  const eventTexts = eventOrder.map((slug) => {
    const event = catalog.eventBySlug.get(slug);
    return `${event?.title ?? slug}\n${catalog.seriesBySlug.get(event?.series ?? "")?.name ?? ""}`;
  });
  const eventSizes = eventOrder.map(() => 0);
  for (const d of docs) eventSizes[d.event] = (eventSizes[d.event] ?? 0) + 1;
  const files: OutputFile[] = [];
  const add = (dir: string, stem: string, json: string): string => {
    const name = `${dir}/${stem}${hashOf(json)}.json`;
    files.push({ path: `search/${name}`, content: json });
    return name;
  };

  const shards = cutShards(collectPostings(docs, eventTexts, eventSizes), SHARD_BYTES).map((s): [string, string] => [s.first, add("t", "", s.json)]);

  const chunkTexts: string[] = [];
  for (let i = 0; i < docs.length; i += CHUNK_DOCS) chunkTexts.push(JSON.stringify(docs.slice(i, i + CHUNK_DOCS).map((d) => docRecord(d, catalog, ctx.site))));
  const chunkHash = hashOf(chunkTexts.join("\n"));
  chunkTexts.forEach((json, i) => files.push({ path: `search/d/${i}.${chunkHash}.json`, content: json }));

  const docOf = new Map(docs.map((d, i) => [d.talk.path, i]));
  const manifest: SearchManifest = {
    version: 1,
    docs: docs.length,
    avgTitle: Math.round((docs.reduce((n, d) => n + Math.min(15, tokenize(d.title).length), 0) / Math.max(1, docs.length)) * 100) / 100,
    chunks: { size: CHUNK_DOCS, hash: chunkHash },
    shards,
    facets: {
      core: add("f", "core.", JSON.stringify(facetsCore(catalog, docs, eventOrder))),
      tags: add("f", "tags.", JSON.stringify(facetList(catalog.tags, docOf, "tags"))),
      speakers: add("f", "speakers.", JSON.stringify(facetList(catalog.speakers, docOf, "speakers"))),
    },
  };
  files.push({ path: MANIFEST_PATH, content: JSON.stringify(manifest) });
  return files;
}
