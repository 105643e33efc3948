// The search box: highlights drawn actors whose name or an alias contains the text; main.js selects and centres them.
// When no drawn name matches, or only part of the graph is drawn, it asks the API's full-text search, which also
// reads descriptions and the relations' quotes ("Rafale", "Indus Waters"), so claims and actors not drawn are found.

import { searchActors, searchText } from './graph-api.js';
import { byName, el, replaceChildren } from './dom.js';

// Suggestions in the datalist: more would cost the page to build and the reader to scroll.
const SUGGESTIONS_MAX = 2000;
const REMOTE_FIRST = 20;
// The API's search wants at least this many characters.
const REMOTE_MIN_LENGTH = 2;

/**
 * Wires #search. `onResults(nodes, exact)` gets the matching Cytoscape nodes after typing or Enter
 * (`exact` = the node whose name equals the text, if any), so the page can select and centre them. When no drawn
 * actor matches, or while `partial()` is true, `onRemote({ actors, relations, totalCount }, text)` gets the API's hits.
 */
export function setupSearch({ input, status, datalist, getCy, actors, onResults, partial = () => false, onRemote = null, caps = null }) {
  const names = list => replaceChildren(datalist, list.slice(0, SUGGESTIONS_MAX).map(a => el('option', { value: a.name })));
  names(actors);
  const fullText = !caps || caps.has('search');
  const remote = Boolean(onRemote) && (fullText || caps.has('actorsPage'));
  const find = fullText ? searchText
    : (text, first) => searchActors(text, first).then(page => ({ actors: page.nodes, relations: [], totalCount: page.totalCount }));
  let timer = null;
  let asked = 0;

  const highlight = () => {
    const cy = getCy();
    const q = input.value.trim().toLowerCase();
    cy.nodes('.match').removeClass('match');
    if (!q) {
      status.textContent = '';
      return null;
    }
    const matches = cy.nodes().filter(n => n.data('searchText').includes(q));
    matches.addClass('match');
    status.textContent = matches.empty() ? 'No match' : `${matches.length} match${matches.length === 1 ? '' : 'es'}`;
    return matches;
  };

  const ask = async text => {
    const mine = ++asked;
    status.textContent = 'Searching\u2026';
    try {
      const results = await find(text, REMOTE_FIRST);
      if (mine !== asked) return;
      status.textContent = results.totalCount === 0 ? 'No match' : `${results.totalCount.toLocaleString('en-US')} match${results.totalCount === 1 ? '' : 'es'}`;
      onRemote(results, text);
    } catch (err) {
      if (mine === asked) status.textContent = err.message;
    }
  };

  const search = () => {
    const matches = highlight();
    const text = input.value.trim();
    // Part of the graph is drawn: the API finds what the drawing lacks, unless the text names a drawn actor.
    if (remote && partial() && text) {
      const exact = matches?.filter(n => n.data('name').toLowerCase() === text.toLowerCase());
      if (exact && exact.nonempty()) onResults(matches, exact.first());
      else ask(text);
      return;
    }
    if (!matches || matches.empty()) {
      if (remote && text.length >= REMOTE_MIN_LENGTH) ask(text);
      return;
    }
    const q = text.toLowerCase();
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
  return {
    reapply: highlight,
    /** The suggestions follow what is drawn (in a partial drawing, the drawn actors are the ones worth suggesting). */
    setNames: list => { if (partial()) names([...list].sort(byName)); },
  };
}
