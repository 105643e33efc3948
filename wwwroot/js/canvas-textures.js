// How the canvas renderer uses its bitmaps. Cytoscape's canvas renderer draws every node and label from a bitmap it
// renders once per zoom level into a shared texture (1024 px square). Without a GPU (a software canvas, as in
// headless Chromium) each drawing from a texture that was just written copies the whole texture first, so a frame
// that builds bitmaps costs about a millisecond per element: the first frame of a drawing, and the first frame at
// each new zoom level, blocked the page for 300-400 ms at 500 actors. Both policies below use the renderer's own
// fallback for what it does not cache (drawing the element directly; see `drawCachedElementPortion` in Cytoscape
// 3.34), which applies the element's opacity and its label rules as the bitmaps do.

/** Per frame, at most this much time (ms) goes to building bitmaps; the frame draws the rest of its new elements directly. */
export const TEXTURE_MS_PER_FRAME = 24;
// A draw slower than this built or copied a bitmap: drawing one already built takes microseconds.
const BUILDING_MS = 0.2;

/**
 * A small drawing draws every shape and label directly, every frame: a few milliseconds per frame, no bitmaps at all
 * (measured on the seed: the longest frame's work fell from 227 to 84 ms).
 */
export function drawWithoutTextures(cy) {
  const r = cy.renderer();
  if (!r || typeof r.drawCachedElementPortion !== 'function') return;
  r.drawCachedElementPortion = function drawDirect(context, ele, cache) {
    const bb = cache.getBoundingBox(ele);
    if (bb.w === 0 || bb.h === 0) return;
    cache.drawElement(context, ele);
  };
}

/**
 * A large drawing keeps its bitmaps (its hundreds of elements drawn directly every frame cost more than drawing
 * them from bitmaps), but each frame spends at most `budgetMs` building them: past that, the frame draws the
 * remaining elements directly and asks for another frame, which builds the next ones. The bitmaps of a new zoom
 * level, or of hundreds of new actors, are built over a few frames instead of in one long task.
 */
export function boundTextureWork(cy, budgetMs = TEXTURE_MS_PER_FRAME) {
  const r = cy.renderer();
  if (!r || typeof r.drawCachedElementPortion !== 'function' || typeof r.render !== 'function' || typeof r.redraw !== 'function') return;
  const portion = r.drawCachedElementPortion;
  const render = r.render;
  let spent = 0;
  let deferred = false;
  let again = 0;
  r.render = function renderWithinBudget(options) {
    spent = 0;
    deferred = false;
    const result = render.call(this, options);
    if (deferred && !again) {
      again = requestAnimationFrame(() => {
        again = 0;
        r.redrawHint('eles', true);
        r.redraw();
      });
    }
    return result;
  };
  pictureAtScreenResolution(r);
  r.drawCachedElementPortion = function drawWithinBudget(context, ele, cache, ...rest) {
    if (spent >= budgetMs) {
      const bb = cache.getBoundingBox(ele);
      if (bb.w === 0 || bb.h === 0) return;
      deferred = true;
      cache.drawElement(context, ele);
      return;
    }
    const started = performance.now();
    portion.call(this, context, ele, cache, ...rest);
    const took = performance.now() - started;
    if (took > BUILDING_MS) spent += took;
  };
}

/**
 * While the view pans or zooms (textureOnViewport), the renderer moves a picture of the drawing instead of redrawing
 * it; on a screen of pixel ratio 1 it paints that picture at twice the screen's size, four times the pixels to
 * paint and, without a GPU, to copy when the gesture starts (120 ms of a 330 ms first frame at 500 actors). At the
 * screen's own size the picture is as sharp as the drawing until the view zooms in past it, and the drawing is
 * redrawn sharp as soon as the gesture pauses.
 */
function pictureAtScreenResolution(r) {
  if (typeof r.matchCanvasSize !== 'function' || !r.data?.bufferCanvases || r.TEXTURE_BUFFER === undefined) return;
  const match = r.matchCanvasSize;
  const shrink = renderer => {
    if (renderer.textureMult === 1) return;
    const picture = renderer.data.bufferCanvases[renderer.TEXTURE_BUFFER];
    renderer.textureMult = 1;
    picture.width = renderer.canvasWidth;
    picture.height = renderer.canvasHeight;
  };
  r.matchCanvasSize = function matchAtScreenResolution(container) {
    match.call(this, container);
    shrink(this);
  };
  if (r.canvasWidth) shrink(r);
}
