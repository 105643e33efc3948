// Exports: the download itself, the metrics table as CSV, and SVG to PNG for the matrix view. The graph files are in
// export-graph-files.js, the graph's images in export-image.js; everything is built from what is drawn.

/** Offers `content` (a string or Blob) as a download named `name`. */
export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = v => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per actor: id, name, kind, leverage, alignment (empty when none), and the bloc when known. */
export function metricsCsv(actors, blocOf = () => null) {
  const rows = [...actors].sort((x, y) => y.leverage - x.leverage)
    .map(a => [a.id, a.name, a.kind, a.leverage, a.alignment ?? '', blocOf(a.id) ?? ''].map(csvCell).join(','));
  return ['id,name,kind,leverage,alignment,bloc', ...rows, ''].join('\n');
}

/** Rasterises an SVG text to a PNG Blob (for the matrix view's PNG export). */
export async function svgToPng(svgText, width, height, scale = 2) {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    await new Promise((resolve, reject) => { img.onload = resolve; img.onerror = () => reject(new Error('The SVG could not be drawn.')); img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
