// Small geometry helpers for the graph: which edge a click meant, bringing elements into view, the summary line.

// Edges cross and parallel claims run close together, so their hit areas overlap. A click within a few pixels
// of an edge's midpoint (where people aim, and where its label sits) selects that edge, whatever lies on top.
const MIDPOINT_RADIUS = 8;
// Above this many edges the search would cost a frame per click, and the large style draws edges thin anyway.
const MIDPOINT_MAX_EDGES = 2000;

export function edgeAt(cy, tapped, point) {
  // A tap without a position (the keyboard, a script) means the edge it names.
  if (!point || cy.edges().length > MIDPOINT_MAX_EDGES) return tapped;
  let best = tapped;
  let bestDistance = MIDPOINT_RADIUS;
  cy.edges().forEach(e => {
    const m = e.renderedMidpoint();
    const d = Math.hypot(m.x - point.x, m.y - point.y);
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  });
  return best;
}

// Fits the selection and its neighbours, without zooming in so far that a lone actor fills the screen.
export function bringIntoView(cy, eles) {
  const bb = eles.boundingBox();
  const padding = 60;
  const zoom = Math.min(1.3, (cy.width() - 2 * padding) / Math.max(bb.w, 1), (cy.height() - 2 * padding) / Math.max(bb.h, 1));
  const center = { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 };
  cy.animate({ zoom, pan: { x: cy.width() / 2 - center.x * zoom, y: cy.height() / 2 - center.y * zoom } }, { duration: 350 });
}

/** The help panel's line; `totals` = { actors, relations } in the whole graph under the filters, when known. */
export function summary(cy, totals = null) {
  const claims = drawnClaims(cy);
  const actors = cy.nodes().length;
  if (totals && (actors < totals.actors || claims < totals.relations)) {
    return `Showing ${actors.toLocaleString('en-US')} of ${totals.actors.toLocaleString('en-US')} actors (those with most leverage) `
      + `and ${claims.toLocaleString('en-US')} of ${totals.relations.toLocaleString('en-US')} sourced claims, drawn as `
      + `${cy.edges().length.toLocaleString('en-US')} edges. Click an actor to add its neighbours, or search for one.`;
  }
  return `Showing ${actors} actors and ${claims} sourced claims drawn as ${cy.edges().length} edges.`;
}

/** How many claims the drawn edges stand for. */
export function drawnClaims(cy) {
  let n = 0;
  cy.edges().forEach(e => { n += e.data('count') ?? e.data('relationIds').length; });
  return n;
}
