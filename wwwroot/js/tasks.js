// Handing the main thread back between pieces of long work, so no single task blocks the page.

/** Resolves in a task of its own, after whatever is queued. */
export const yieldToMain = () => new Promise(resolve => setTimeout(resolve, 0));

/** Resolves in a task of its own after the next frame has been drawn (and the page laid out). */
export const afterNextFrame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
