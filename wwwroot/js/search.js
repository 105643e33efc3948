// The search box: highlights actors whose name or an alias contains the text; main.js selects and centres them.

import { el, replaceChildren } from './dom.js';

/**
 * Wires #search. `onResults(nodes, exact)` gets the matching Cytoscape nodes after typing or Enter
 * (`exact` = the node whose name equals the text, if any), so the page can select and centre them.
 */
export function setupSearch({ input, status, datalist, getCy, actors, onResults }) {
  replaceChildren(datalist, actors.map(a => el('option', { value: a.name })));
  let timer = null;

  const highlight = () => {
    const cy = getCy();
    const q = input.value.trim().toLowerCase();
    cy.nodes().removeClass('match');
    if (!q) {
      status.textContent = '';
      return null;
    }
    const matches = cy.nodes().filter(n => n.data('searchText').includes(q));
    matches.addClass('match');
    status.textContent = matches.empty() ? 'No match' : `${matches.length} match${matches.length === 1 ? '' : 'es'}`;
    return matches;
  };

  const search = () => {
    const matches = highlight();
    if (!matches || matches.empty()) return;
    const q = input.value.trim().toLowerCase();
    const exact = matches.filter(n => n.data('name').toLowerCase() === q);
    onResults(matches, exact.nonempty() ? exact.first() : null);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      clearTimeout(timer);
      search();
    } else if (e.key === 'Escape') {
      input.value = '';
      highlight();
    }
  });
  // After a redraw the same text keeps highlighting the same actors, without moving the view.
  return { reapply: highlight };
}
