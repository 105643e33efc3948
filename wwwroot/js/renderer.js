// Which Cytoscape renderer draws the graph: the plain canvas for small drawings, Cytoscape's WebGL renderer (3.31+)
// above a thousand elements, where the canvas cannot keep pan and zoom fluid. WebGL is used only where a WebGL2
// context can be created (Cytoscape needs WebGL2) on a GPU: a software implementation (SwiftShader, llvmpipe, what a
// browser without a GPU, or a headless one, falls back to) draws every frame on the main thread and is far slower
// than the canvas, so there the canvas draws, with its viewport texture.

/** Drawings with more elements than this use WebGL (where available) and the cheap large-graph style. */
export const WEBGL_THRESHOLD = 1000;

let probed = null;

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * Whether this browser can create a WebGL2 context on a GPU: { webgl2, hardware, renderer } (a blocked GPU, or a
 * browser without WebGL2, has no context; a software one has no hardware).
 */
export function webglSupport() {
  if (probed !== null) return probed;
  probed = { webgl2: false, hardware: false, renderer: null };
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (gl && !gl.isContextLost()) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
      // The browser's own judgement: no context where it would be much slower than expected (software). Each
      // context costs tens of milliseconds on a loaded machine, so a renderer that names itself software is taken
      // at its word.
      const software = SOFTWARE.test(renderer);
      const fast = software ? null : document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
      probed = { webgl2: true, hardware: Boolean(fast) && !software, renderer };
      fast?.getExtension('WEBGL_lose_context')?.loseContext();
    }
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // No WebGL at all: the canvas draws.
  }
  return probed;
}

/**
 * The renderer options for a drawing of about `elements` elements. `override` ('webgl' or 'canvas', from the
 * link's `#renderer=`) forces one; WebGL still falls back to the canvas where it is missing.
 */
export function chooseRenderer(elements, override = null) {
  const large = elements > WEBGL_THRESHOLD;
  // A small drawing never asks for WebGL, so it does not pay for the probe.
  const support = large || override === 'webgl' ? webglSupport() : { webgl2: false, hardware: false, renderer: null };
  // Asked for by the link: WebGL wherever a context exists; by size: only on a GPU.
  const webgl = override === 'webgl' ? support.webgl2 : override !== 'canvas' && large && support.hardware;
  const options = webgl
    ? { renderer: { name: 'canvas', webgl: true, webglTexSize: 4096, webglTexRows: 36, webglBatchSize: 4096, webglTexPerBatch: 16 } }
    // The canvas, when large: while the view pans or zooms it moves a picture of the graph instead of redrawing it.
    : { renderer: { name: 'canvas' }, textureOnViewport: large, motionBlur: false };
  return { name: webgl ? 'webgl' : 'canvas', large, options, gpu: support.renderer };
}
