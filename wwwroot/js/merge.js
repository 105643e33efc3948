// Parallel claims of the same (from, TYPE, to) become one drawn edge that remembers every claim.

import { STATUSES } from './encodings.js';

/** Drawn-edge id, relied on by the browser test: `from|TYPE|to`. */
export function edgeId(from, type, to) {
  return `${from}|${type}|${to}`;
}

/**
 * Groups relations into drawn edges: { id, source, target, type, relations, relationIds, weight, status }.
 * weight is the strongest claim's; status the best attested one (CONFIRMED before CLAIMED before ...).
 */
export function mergeRelations(relations) {
  const edges = new Map();
  for (const r of relations) {
    const id = edgeId(r.from.id, r.type, r.to.id);
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, source: r.from.id, target: r.to.id, type: r.type, relations: [], relationIds: [], weight: 0, status: null };
      edges.set(id, edge);
    }
    edge.relations.push(r);
    edge.relationIds.push(r.id);
    edge.weight = Math.max(edge.weight, Number(r.weight) || 0);
    if (edge.status === null || STATUSES.indexOf(r.status) < STATUSES.indexOf(edge.status)) edge.status = r.status;
  }
  return [...edges.values()];
}

/** Earliest since and latest until over an edge's claims, for the panel's date line. */
export function dateSpan(relations) {
  const since = relations.map(r => r.since).filter(Boolean).sort();
  const until = relations.map(r => r.until).filter(Boolean).sort();
  return { since: since[0] ?? null, until: until[until.length - 1] ?? null };
}
