// The analysis controls (contested, compare, blocs, what changed): each opens its view in the side panel, which is
// run again after every redraw while it stays open. A view the API cannot answer at this size says why in the panel.

import { addDays } from './dates.js';

const $ = id => document.getElementById(id);

/** `state` is the page's; `meta` the catalog and dates; `syncUrl()` writes the link. */
export function wireAnalysis({ state, meta, banner, syncUrl }) {
  const { caps, analysis } = state;
  const open = () => { $('side-panel').dataset.open = 'true'; };
  // A failure the user can act on (too large, over the query budget) stays in the panel; others go to the banner.
  const guard = (name, p) => p.catch(err => {
    if (state.custom === name) analysis.showLimit(name, err);
    else banner.show(err, null, 'The analysis could not be loaded.');
  });
  // `push`: the view's choice is part of the link (colour by bloc), so it is a history entry of its own.
  const custom = (name, run, push = false) => () => {
    state.selection.current = null;
    state.custom = name;
    state.customRun = () => guard(name, run());
    state.selection.render();
    open();
    return guard(name, run()).then(() => syncUrl(push));
  };
  $('show-contested').hidden = !caps.has('contested');
  $('show-contested').addEventListener('click', custom('contested', () => analysis.showContested(state.view.cy, state.filters.current())));
  $('show-compare').hidden = !caps.has('compareNarratives');
  // Opened, it compares the two poles' own accounts (the poles as the pickers have them), where the server offers them.
  const offered = (options, pair) => pair.every(v => options.some(([value]) => value === v));
  const poleAccounts = options => {
    const pair = state.filters.current().poles.map(id => `claimed:${id}`);
    return offered(options, pair) ? pair : ['all', 'confirmed'];
  };
  const comparison = (options, keep) => {
    const chosen = keep && $('compare-a') && $('compare-b') ? [$('compare-a').value, $('compare-b').value] : null;
    return chosen && offered(options, chosen) ? chosen : poleAccounts(options);
  };
  // The button opens the default comparison; the runs after a redraw keep the form's choices.
  let opening = false;
  const openCompare = custom('compare', () => {
    const options = state.filters.narrativeOptions();
    const pair = comparison(options, !opening);
    opening = false;
    return analysis.showCompare(options, pair);
  });
  $('show-compare').addEventListener('click', () => { opening = true; return openCompare(); });
  $('blocs-toggle').hidden = !caps.has('blocs');
  $('level-block').hidden = !(caps.hasArg('overview', 'level') && caps.actorHasArg('leverage', 'level'));
  $('color-blocs').addEventListener('change', custom('blocs', async () => {
    const blocs = await analysis.colourBlocs(state.view.cy, $('color-blocs').checked);
    if (blocs) analysis.showBlocs(blocs);
    else state.selection.clear();
  }, true));
  const form = $('changes-form');
  form.hidden = !caps.has('changes') || !meta.firstDate;
  setChangeDates(meta);
  form.addEventListener('submit', e => {
    e.preventDefault();
    custom('changes', () => analysis.showChanges($('changes-from').value, $('changes-to').value))();
  });
}

/** Days before the latest date that the "what changed" form looks back by default. */
const CHANGES_LOOKBACK_DAYS = 60;

/**
 * The "what changed" form's range: any day between the data's first and last dates; by default the dates of the
 * last CHANGES_LOOKBACK_DAYS before the latest (a relation in force since 1789 would otherwise start the range there).
 */
export function setChangeDates({ dates, firstDate, lastDate }) {
  if (!firstDate) return;
  for (const input of [$('changes-from'), $('changes-to')]) Object.assign(input, { min: firstDate, max: lastDate });
  const since = addDays(lastDate, -CHANGES_LOOKBACK_DAYS);
  const recent = dates.find(d => d >= since) ?? firstDate;
  if (!$('changes-from').value) $('changes-from').value = recent === lastDate && dates.length > 1 ? dates[dates.length - 2] : recent;
  if (!$('changes-to').value) $('changes-to').value = lastDate;
}
