// Long exports run in chunks with a yield between them, so the page keeps painting and answering input.

const CHUNK = 400;

/** Lets the page paint and handle input between two chunks of work. */
export const yieldToPage = () => new Promise(resolve => setTimeout(resolve, 0));

/** Calls `each` on `items` CHUNK at a time, yielding between chunks; `progress(done, total)` after each. */
export async function inChunks(items, each, progress = () => {}) {
  for (let i = 0; i < items.length; i += CHUNK) {
    for (const item of items.slice(i, i + CHUNK)) each(item);
    progress(Math.min(items.length, i + CHUNK), items.length);
    await yieldToPage();
  }
}
