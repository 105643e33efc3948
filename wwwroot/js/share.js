// The toolbar's sharing tools: "Copy link" and the Export menu.

import { humanize } from './dom.js';
import { STATUS_STYLES } from './encodings.js';
import { download, metricsCsv, svgToPng } from './export.js';
import { drawnClaims, graphGexf, graphJson, graphMl } from './export-graph-files.js';
import { graphPng, graphSvg } from './export-image.js';

/** What an image export is stamped with: the page's title, then date, level, filters, narrative, poles and export time. */
function stampOf(filters, exportedAt) {
  const f = filters.current();
  const poles = filters.poleNames();
  const narrative = filters.narrativeOptions().find(([value]) => value === f.narrative)?.[1] ?? f.narrative;
  return {
    title: document.title,
    lines: [
      `Date: ${f.asOf ? `${f.asOf}${f.includeUndated ? ' (undated relations counted)' : ''}` : 'all dates'}`,
      `Level: ${f.level === 'STATES' ? 'states and groups' : 'everyone'}`,
      `Relation types: ${f.types ? f.types.map(humanize).join(', ') || 'none' : 'all'}`,
      `Status: ${f.status ? f.status.map(s => STATUS_STYLES[s].label.replace(/ \(.*\)$/, '')).join(', ') || 'none' : 'all'}`,
      `Narrative: ${narrative}`,
      `Poles: ${poles.a} (+1) and ${poles.b} (\u22121)`,
      `Exported: ${exportedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    ],
  };
}

/**
 * Wires #copy-link and the export menu. `getView()` names the shown view ('graph', 'matrix' or 'split'),
 * `getActors()` the actors with their metrics, `blocOf(id)` an actor's bloc number or null; `filters` the page's
 * Filters (for the stamp); `banner` shows a failed export. Long exports report progress in #export-progress.
 */
export function setupSharing({ cy, matrix, getView, getActors, blocOf, filters, banner }) {
  document.getElementById('copy-link').addEventListener('click', async (e) => {
    const button = e.currentTarget;
    try {
      await navigator.clipboard.writeText(location.href);
      button.textContent = 'Link copied';
    } catch {
      // No clipboard (plain http, or refused): the address bar holds the same link.
      button.textContent = 'Link in address bar';
    }
    setTimeout(() => { button.textContent = 'Copy link'; }, 1800);
  });
  const menu = document.querySelector('.export-menu');
  const status = document.getElementById('export-progress');
  const step = what => (done, total) => { status.hidden = false; status.textContent = `Exporting: ${what} ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`; };
  const withClaims = async (build) => {
    const claims = await drawnClaims(cy, step('claims'));
    return build(claims, step('elements'));
  };
  const run = async (kind) => {
    const exportedAt = new Date();
    const name = `influencegraph-${filters.current().asOf ?? 'all-dates'}`;
    const image = { stamp: stampOf(filters, exportedAt), poles: filters.poleNames() };
    const matrixShown = getView() === 'matrix';
    switch (kind) {
      case 'png':
        if (matrixShown) download(`${name}-matrix.png`, await svgToPng(matrix.toSvgText(), 900, 620));
        else download(`${name}.png`, await graphPng(cy, image));
        break;
      case 'svg':
        if (matrixShown) download(`${name}-matrix.svg`, matrix.toSvgText(), 'image/svg+xml');
        else download(`${name}.svg`, await graphSvg(cy, image, step('elements')), 'image/svg+xml');
        break;
      case 'json': download(`${name}.cyjs.json`, await withClaims((claims, p) => graphJson(cy, claims, p)), 'application/json'); break;
      case 'graphml': download(`${name}.graphml`, await withClaims((claims, p) => graphMl(cy, claims, p)), 'application/xml'); break;
      case 'gexf': {
        const description = `${image.stamp.title}. ${image.stamp.lines.join('. ')}.`;
        download(`${name}.gexf`, await withClaims((claims, p) => graphGexf(cy, claims, { description }, p)), 'application/xml');
        break;
      }
      case 'csv': download(`${name}-metrics.csv`, metricsCsv(getActors(), blocOf), 'text/csv'); break;
      default: break;
    }
  };
  menu.querySelectorAll('[data-export]').forEach(b => b.addEventListener('click', async () => {
    menu.open = false;
    try {
      await run(b.dataset.export);
    } catch (error) {
      banner.show(error, null, 'The export failed.');
    } finally {
      status.hidden = true;
      status.textContent = '';
    }
  }));
  document.addEventListener('click', (e) => { if (menu.open && !menu.contains(e.target)) menu.open = false; });
}
