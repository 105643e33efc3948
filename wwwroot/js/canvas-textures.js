// How the canvas renderer uses its bitmaps. Cytoscape's canvas renderer draws every node and label from a bitmap it
// renders once per zoom level into a shared texture, and while the view moves it moves a picture of the whole
// drawing. Without a GPU (a software canvas, as in headless Chromium) each drawing from a canvas that was just
// written copies the whole canvas first: what these bitmaps cost depends on their size and number. Every bitmap is
// still built in the frame that first needs it: drawing an element directly costs a third to half of building its
// bitmap, and again in every frame until the bitmap exists.

/**
 * A small drawing draws every shape and label directly, every frame: a few milliseconds per frame, no bitmaps at all
 * (measured on the seed: the longest frame's work fell from 227 to 84 ms). This is the renderer's own fallback for
 * what it does not cache (`drawCachedElementPortion` in Cytoscape 3.34), which applies opacity and label rules as the
 * bitmaps do. A large drawing keeps the bitmaps: its hundreds of elements drawn directly every frame cost more.
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
 * While the view pans or zooms (textureOnViewport), the renderer moves a picture of the drawing instead of redrawing
 * it; on a screen of pixel ratio 1 it paints that picture at twice the screen's size, four times the pixels to
 * paint and, without a GPU, to copy when the gesture starts (120 ms of a 330 ms first frame at 500 actors). At the
 * screen's own size the picture is as sharp as the drawing until the view zooms in past it, and the drawing is
 * redrawn sharp as soon as the gesture pauses.
 */
export function pictureAtScreenResolution(cy) {
  const r = cy.renderer();
  if (!r || typeof r.matchCanvasSize !== 'function' || !r.data?.bufferCanvases || r.TEXTURE_BUFFER === undefined) return;
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
