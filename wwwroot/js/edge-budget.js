// How many edges a drawing of part of a large graph shows. The canvas draws every edge in every frame, and without a
// GPU 5,000 of them cost about 200 ms a frame here: the main thread would block on each redraw. So an overview draws
// at most EDGE_BUDGET edges: every actor keeps its strongest tie (nobody looks isolated who is not), the ties of
// actors the user expanded or selected are all kept, and the rest are the strongest by evidence (merged claims) and
// weight. The scope line counts the claims left out like the actors left out.

/** Edges drawn at most in a partial drawing (the page's overview of a large graph). */
export const EDGE_BUDGET = 2000;

const strength = e => (e.count ?? e.relationIds?.length ?? 1) * 1000 + (e.weight ?? 0);

/**
 * The edges to draw of `edges` (AggregateEdges): the ties of `keep` (actor ids) and each actor's strongest tie, then
 * the strongest others up to `budget` in all. Returns the array itself when it fits.
 */
export function withinBudget(edges, budget = EDGE_BUDGET, keep = new Set()) {
  if (edges.length <= budget) return edges;
  const ranked = [...edges].sort((a, b) => strength(b) - strength(a));
  const chosen = new Set();
  for (const e of ranked) if (keep.has(e.from) || keep.has(e.to)) chosen.add(e);
  const tied = new Set();
  for (const e of ranked) {
    if (tied.has(e.from) && tied.has(e.to)) continue;
    tied.add(e.from);
    tied.add(e.to);
    chosen.add(e);
  }
  for (const e of ranked) {
    if (chosen.size >= budget) break;
    chosen.add(e);
  }
  return edges.filter(e => chosen.has(e));
}
