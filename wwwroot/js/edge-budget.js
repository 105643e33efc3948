// How many edges a drawing of part of a large graph shows. The canvas draws every edge in every frame, and without a
// GPU 2,000 of them beside 500 actors cost 120-220 ms a frame on a 2-core machine: the main thread would block on
// each redraw. So an overview drawn on the canvas shows at most 1,500 edges (WebGL on a GPU draws far more): every
// actor keeps its strongest tie (nobody looks isolated who is not), the ties of actors the user expanded or selected
// are all kept, and the rest are the strongest by evidence (merged claims) and weight. The scope line counts the
// claims left out like the actors left out.

/** Edges drawn at most in a partial drawing (the page's overview of a large graph), by renderer.js's renderer. */
export const EDGE_BUDGET = { canvas: 1500, webgl: 5000 };

/** The edge budget of a drawing by `renderer` ('canvas' or 'webgl'). */
export function edgeBudget(renderer) {
  return EDGE_BUDGET[renderer] ?? EDGE_BUDGET.canvas;
}

const strength = e => (e.count ?? e.relationIds?.length ?? 1) * 1000 + (e.weight ?? 0);

/**
 * The edges to draw of `edges` (AggregateEdges): the ties of `keep` (actor ids) and each actor's strongest tie, then
 * the strongest others up to `budget` in all. Returns the array itself when it fits.
 */
export function withinBudget(edges, budget, keep = new Set()) {
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
