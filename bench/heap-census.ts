import { readFileSync, rmSync } from 'node:fs';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

const UNNAMED = new Set(['string', 'concatenated string', 'sliced string', 'code', 'number', 'regexp']);

type Census = Map<string, { bytes: number; count: number }>;

/** Self size and count of the objects in a heap snapshot, by kind (`object:Button`, `closure`...). The file is removed. */
export function heapCensus(file: string): Census {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot;
  rmSync(file);
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const census: Census = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    // Strings, code and numbers are named by their content: group them by type only.
    const named = !UNNAMED.has(type);
    const key = named ? `${type}:${snapshot.strings[snapshot.nodes[i + nameAt]!]!.slice(0, 40)}` : type;
    const entry = census.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += snapshot.nodes[i + sizeAt]!;
    entry.count++;
    census.set(key, entry);
  }
  return census;
}

/** What grew between two censuses, per client: `bytes  count  kind`, largest first. */
export function growthPerClient(before: Census, after: Census, clients: number, top = 15): string[] {
  return [...after]
    .map(([key, a]) => ({ key, bytes: (a.bytes - (before.get(key)?.bytes ?? 0)) / clients, count: (a.count - (before.get(key)?.count ?? 0)) / clients }))
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top)
    .map((g) => `${g.bytes.toFixed(0).padStart(6)} B  ${g.count.toFixed(1).padStart(5)} x  ${g.key}`);
}
