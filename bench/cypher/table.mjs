// Prints one table from the two result files of a size: figure, ours, Kuzu, ratio (ours/Kuzu for times and memory,
// so at most 1.0 means we are at least as fast or as small; Kuzu/ours for load rates), and whether the check values agree.
// usage: node table.mjs <ours.json> <kuzu.json>
import fs from "node:fs";

const read = (file) => {
  // The C# side writes camelCase; accept either casing so a stale result file still prints.
  const lower = (value) => Array.isArray(value) ? value.map(lower)
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k[0].toLowerCase() + k.slice(1), lower(v)]))
      : value;
  return lower(JSON.parse(fs.readFileSync(file, "utf8")));
};
const [ours, kuzu] = process.argv.slice(2).map(read);
const us = (v) => v >= 1000 ? `${(v / 1000).toFixed(2)} ms` : `${v.toFixed(1)} µs`;
const rows = [
  ["bulk load (rows/s)", `${Math.round(ours.loadRowsPerSecond)}`, `${Math.round(kuzu.loadRowsPerSecond)}`,
    kuzu.loadRowsPerSecond / ours.loadRowsPerSecond, ""],
  ...(ours.loadCsvRowsPerSecond ? [["bulk load, LOAD CSV (rows/s)", `${Math.round(ours.loadCsvRowsPerSecond)}`,
    `${Math.round(kuzu.loadRowsPerSecond)}`, kuzu.loadRowsPerSecond / ours.loadCsvRowsPerSecond, ""]] : []),
  ...(ours.loadCsvAppGcRowsPerSecond ? [["bulk load, LOAD CSV, the app's GC (rows/s)", `${Math.round(ours.loadCsvAppGcRowsPerSecond)}`,
    `${Math.round(kuzu.loadRowsPerSecond)}`, kuzu.loadRowsPerSecond / ours.loadCsvAppGcRowsPerSecond, ""]] : []),
  ["memory per relationship (bytes)", ours.bytesPerRelationship.toFixed(0), kuzu.bytesPerRelationship.toFixed(0),
    ours.bytesPerRelationship / kuzu.bytesPerRelationship, ""],
];
for (const figure of ours.figures) {
  const other = kuzu.figures.find((f) => f.name === figure.name);
  rows.push([`${figure.name}, median (p99)`, `${us(figure.medianMicros)} (${us(figure.p99Micros)})`,
    `${us(other.medianMicros)} (${us(other.p99Micros)})`, figure.medianMicros / other.medianMicros,
    figure.check === other.check ? "same" : `DIFFERENT ${figure.check} vs ${other.check}`]);
}
const header = ["figure", "ours", "Kuzu 0.11.3", "ratio", "results"];
const cells = [header, ...rows.map(([a, b, c, r, d]) => [a, b, c, r < 0.1 ? r.toFixed(3) : r.toFixed(2), d])];
const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
const line = (row) => "| " + row.map((cell, i) => cell.padEnd(widths[i])).join(" | ") + " |";
console.log(`${ours.size}: ${ours.actors} actors, ${ours.relations} relations`);
console.log(line(header));
console.log("| " + widths.map((w) => "-".repeat(w)).join(" | ") + " |");
for (const row of cells.slice(1)) console.log(line(row));
