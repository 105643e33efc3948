// Play/pause on the date slider: steps through the days on which a relation begins or ends, redrawing the graph
// (and the matrix) at each, then stops at "all dates".

/**
 * Wires #play. `dates()` gives the distinct ISO dates of the data (a large graph's arrive after the first drawing);
 * `step(iso)` moves the filters there and resolves once the page has redrawn (iso null = all dates).
 */
export function setupPlayer({ button, dates, step, pauseMs = 1100 }) {
  let playing = false;
  let token = 0;
  const show = () => {
    button.textContent = playing ? '\u2016 Pause' : '\u25b6 Play';
    button.setAttribute('aria-pressed', String(playing));
    button.title = playing ? 'Stop stepping through the dates' : 'Step through the dates on which relations begin or end';
  };
  const stop = () => { playing = false; token++; show(); };
  const play = async () => {
    playing = true;
    const mine = ++token;
    show();
    for (const date of [...dates(), null]) {
      if (mine !== token) return;
      await step(date);
      if (mine !== token) return;
      await new Promise(resolve => setTimeout(resolve, pauseMs));
    }
    if (mine === token) stop();
  };
  const enable = () => { button.disabled = dates().length === 0; };
  enable();
  button.addEventListener('click', () => (playing ? stop() : play()));
  show();
  return { stop, enable, get playing() { return playing; } };
}
