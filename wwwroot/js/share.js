// The toolbar's sharing tools: "Copy link" and the Export menu.

import {
  download, graphJson, graphMl, graphSvg, metricsCsv, svgToPng,
} from './export.js';

/**
 * Wires #copy-link and the export menu. `getView()` names the shown view ('graph', 'matrix' or 'split'),
 * `getActors()` the actors with their metrics, `blocOf(id)` an actor's bloc number or null.
 */
export function setupSharing({ cy, matrix, getView, getActors, blocOf, stamp }) {
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
  menu.querySelectorAll('[data-export]').forEach(b => b.addEventListener('click', async () => {
    menu.open = false;
    const name = `influencegraph-${stamp()}`;
    const matrixShown = getView() === 'matrix';
    switch (b.dataset.export) {
      case 'png':
        if (matrixShown) download(`${name}-matrix.png`, await svgToPng(matrix.toSvgText(), 900, 620));
        else download(`${name}.png`, cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }));
        break;
      case 'svg':
        if (matrixShown) download(`${name}-matrix.svg`, matrix.toSvgText(), 'image/svg+xml');
        else download(`${name}.svg`, graphSvg(cy), 'image/svg+xml');
        break;
      case 'json': download(`${name}.cyjs.json`, graphJson(cy), 'application/json'); break;
      case 'graphml': download(`${name}.graphml`, graphMl(cy), 'application/xml'); break;
      case 'csv': download(`${name}-metrics.csv`, metricsCsv(getActors(), blocOf), 'text/csv'); break;
      default: break;
    }
  }));
  document.addEventListener('click', (e) => { if (menu.open && !menu.contains(e.target)) menu.open = false; });
}
