// The side panel: an actor's facts and relations, or a drawn edge's claims with their evidence.

import { el, humanize, replaceChildren } from './dom.js';
import { alignmentColor, KIND_LABELS, STATUS_STYLES } from './encodings.js';
import { dateSpan } from './merge.js';

const FIELD_LABELS = { ALIAS: 'alias', DESCRIPTION: 'description', QUOTE: 'quote' };
/** Rows of an actor's relation list shown at first, and added per 'Show more'. */
const RELATION_ROWS = 100;

/** Renders into #side-panel; `onActor(id)` and `onEdge(id)` are called when a link in it is followed. */
export class SidePanel {
  constructor(root, { catalog, typeColor, onActor, onEdge, onClose }) {
    this.root = root;
    this.body = root.querySelector('.panel-body');
    this.catalog = new Map(catalog.map(t => [t.name, t]));
    this.typeColor = typeColor;
    this.onActor = onActor;
    this.onEdge = onEdge;
    root.querySelector('.panel-close')?.addEventListener('click', () => onClose());
  }

  /** `top` = the actors with most leverage under the current filters, offered as a keyboard-friendly start. */
  showHelp(summary, top = []) {
    this.root.dataset.view = 'help';
    replaceChildren(this.body,
      el('h2', { class: 'panel-title' }, 'Explore the crisis'),
      el('p', {}, 'Click an actor to see its leverage, alignment and relations; click an edge to read the claims behind it, in the articles\u2019 own words.'),
      summary ? el('p', { class: 'muted' }, summary) : null,
      top.length ? el('section', { class: 'panel-section' },
        el('h3', {}, 'Most leverage'),
        el('ol', { class: 'relation-list top-actors' }, top.map(a => el('li', {},
          el('button', { type: 'button', class: 'link-row', onclick: () => this.onActor(a.id) },
            el('span', { class: 'swatch', style: { background: alignmentColor(a.alignment) } }),
            el('span', { class: 'rel-text' }, a.name),
            meter(a.leverage)))))) : null,
      el('ul', { class: 'hints' },
        el('li', {}, 'Node size: leverage. Node colour: alignment between the two poles.'),
        el('li', {}, 'Edge colour: relation type. Solid, dashed, dotted: confirmed, claimed, disputed or denied.'),
        el('li', {}, 'Drag to pan, scroll to zoom, drag a node to move it.')));
  }

  /** `actor` from the API; `edges` the drawn edges touching it as { id, source, target, type, status, count }. */
  showActor(actor, edges, names, poles) {
    this.root.dataset.view = 'actor';
    const outgoing = edges.filter(e => e.source === actor.id);
    const incoming = edges.filter(e => e.target === actor.id);
    replaceChildren(this.body,
      el('p', { class: 'eyebrow' }, KIND_LABELS[actor.kind] ?? actor.kind, actor.country ? ` \u00b7 ${actor.country}` : ''),
      el('h2', { class: 'panel-title' }, actor.name),
      actor.aliases?.length ? el('p', { class: 'muted' }, 'Also: ', actor.aliases.join(', ')) : null,
      actor.description ? el('p', {}, actor.description) : null,
      el('dl', { class: 'metrics' },
        el('dt', {}, 'Leverage'),
        el('dd', {}, meter(actor.leverage), ` ${formatNumber(actor.leverage)}`),
        el('dt', {}, 'Alignment'),
        el('dd', {}, el('span', { class: 'swatch', style: { background: alignmentColor(actor.alignment) } }),
          ` ${describeAlignment(actor.alignment, poles)}`)),
      this.relationList(`Acts on (${outgoing.length})`, outgoing, e => e.target, names, false, actor.name),
      this.relationList(`Acted on by (${incoming.length})`, incoming, e => e.source, names, true, actor.name),
      edges.length === 0 ? el('p', { class: 'muted' }, 'No relations pass the current filters.') : null);
  }

  // Outgoing rows read "Supplies arms to China"; incoming ones put the other actor first: "China supplies arms to it".
  // A hub's lists (thousands of drawn ties after an expansion) show RELATION_ROWS rows at first, and more on request:
  // laying out every row at once held the page for a second.
  relationList(title, edges, other, names, incoming, self) {
    if (edges.length === 0) return null;
    const row = e => el('li', {},
      el('button', { type: 'button', class: 'link-row', onclick: () => this.onEdge(e.id),
        title: describeRelation(this.catalog.get(e.type), incoming ? names.get(other(e)) ?? other(e) : self, incoming ? self : names.get(other(e)) ?? other(e)) },
        el('span', { class: 'type-dot', style: { background: this.typeColor(e.type) } }),
        incoming
          ? el('span', { class: 'rel-text' },
            el('span', { class: 'rel-other' }, names.get(other(e)) ?? other(e)), ' ',
            el('span', { class: 'rel-type' }, verbPhrase(this.catalog.get(e.type), e.type)), ' it')
          : el('span', { class: 'rel-text' },
            el('span', { class: 'rel-type' }, humanize(e.type)), ' ',
            el('span', { class: 'rel-other' }, names.get(other(e)) ?? other(e))),
        statusBadge(e.status),
        e.count > 1 ? el('span', { class: 'count', title: `${e.count} claims` }, `\u00d7${e.count}`) : null));
    const list = el('ul', { class: 'relation-list' });
    const more = el('button', { type: 'button', class: 'mini show-more' });
    let shown = 0;
    const showMore = () => {
      const next = edges.slice(shown, shown + RELATION_ROWS);
      list.append(...next.map(row));
      shown += next.length;
      const left = edges.length - shown;
      more.hidden = left === 0;
      more.textContent = `Show ${Math.min(RELATION_ROWS, left).toLocaleString('en-US')} more (${left.toLocaleString('en-US')} not listed)`;
    };
    more.addEventListener('click', showMore);
    showMore();
    return el('section', { class: 'panel-section' }, el('h3', {}, title), list, more);
  }

  /**
   * `edge` = { id, source, target, type, status, count, weight }, `claims` its claims with their evidence, or null
   * while they are being read (they are fetched when the edge is chosen).
   */
  showEdge(edge, claims, names, failure = null) {
    this.root.dataset.view = 'edge';
    const type = this.catalog.get(edge.type);
    const count = edge.count ?? claims?.length ?? 0;
    const known = claims ?? [];
    const span = dateSpan(known);
    const claimants = unique(known.flatMap(c => c.claimedBy.map(a => a.name)));
    const pending = claims === null;
    replaceChildren(this.body,
      el('p', { class: 'eyebrow' },
        el('span', { class: 'type-dot', style: { background: this.typeColor(edge.type) } }), ' Relation'),
      el('h2', { class: 'panel-title' }, humanize(edge.type)),
      type ? el('p', { class: 'muted' }, type.description) : null,
      el('p', { class: 'endpoints' },
        this.actorLink(edge.source, names), el('span', { 'aria-hidden': 'true', class: 'arrow' }, ' \u2192 '),
        el('span', { class: 'visually-hidden' }, ' to '), this.actorLink(edge.target, names)),
      el('dl', { class: 'facts' },
        el('dt', {}, 'Status'), el('dd', {}, statusBadge(edge.status), count > 1 ? ' (best attested claim)' : ''),
        el('dt', {}, 'Claimed by'), el('dd', {}, pending ? '\u2026' : claimants.length ? claimants.join(', ') : 'not attributed'),
        el('dt', {}, 'Dates'), el('dd', {}, pending ? '\u2026' : formatSpan(span)),
        el('dt', {}, 'Weight'), el('dd', {}, formatNumber(edge.weight ?? Math.max(...known.map(c => c.weight))))),
      el('section', { class: 'panel-section' },
        el('h3', {}, count === 1 ? 'Evidence' : `Evidence (${count} claims)`),
        failure ? el('p', { class: 'muted claims-failed' }, `The claims could not be read: ${failure}`)
          : pending ? el('p', { class: 'muted claims-loading' }, count === 1 ? 'Reading the claim\u2026' : `Reading the ${count} claims\u2026`)
            : known.length ? known.map(c => claimCard(c))
              : el('p', { class: 'muted' }, 'The claims no longer pass the filters; the graph is being redrawn.')));
  }

  showEdgeFailure(edge, names, message) {
    this.showEdge(edge, [], names, message);
  }

  /** Shows analysis results (contested, a comparison, changes, blocs) under `view`; returns the body to fill in. */
  showCustom(view, ...children) {
    this.root.dataset.view = view;
    replaceChildren(this.body, ...children);
    return this.body;
  }

  /**
   * The API's matches for a search in a partial drawing: `results` = { nodes, totalCount }; `drawn(id)` says which are
   * on screen; `onChoose(id)` selects a drawn one or adds one that is not.
   */
  /**
   * The API's search hits for `text`: { actors, relations, totalCount }, each with the field matched and an excerpt.
   * Choosing an actor selects it (adding it when not drawn); choosing a relation shows its claims.
   */
  showSearch(text, results, { drawn, onChoose, onChooseRelation }) {
    this.root.dataset.view = 'search';
    const shown = results.actors.length + results.relations.length;
    const excerpt = hit => (!hit.field || hit.field === 'NAME' ? null : el('span', { class: 'muted small search-excerpt' }, el('br'),
      `${FIELD_LABELS[hit.field] ?? hit.field}: ${hit.excerpt}`));
    replaceChildren(this.body,
      el('p', { class: 'eyebrow' }, 'Search'),
      el('h2', { class: 'panel-title' }, `\u201c${text}\u201d`),
      el('p', { class: 'muted' }, results.totalCount === 0 ? 'No actor and no quote matches.'
        : results.totalCount > shown
          ? `${results.totalCount.toLocaleString('en-US')} matches; the first ${shown} (actors first, then quotes). Type more to narrow.`
          : `${results.totalCount} match${results.totalCount === 1 ? '' : 'es'}: actors by name, alias or description, then the relations whose quotes hold it.`),
      results.actors.length ? el('ul', { class: 'result-list search-results' }, results.actors.map(a => el('li', { dataset: { actorId: a.id } },
        el('button', { type: 'button', class: 'link-row', onclick: () => onChoose(a.id) },
          el('span', { class: 'rel-text' }, el('span', { class: 'rel-type' }, a.name),
            el('span', { class: 'muted small' }, ` \u00b7 ${KIND_LABELS[a.kind] ?? a.kind}`),
            a.aliases?.length ? el('span', { class: 'muted small' }, ` \u00b7 ${a.aliases.join(', ')}`) : null, excerpt(a)),
          el('span', { class: 'count' }, drawn(a.id) ? 'drawn' : 'add')))))
        : null,
      results.relations.length ? el('ul', { class: 'result-list search-relations' }, results.relations.map(r => el('li', { dataset: { relationId: r.id } },
        el('button', { type: 'button', class: 'link-row', onclick: () => onChooseRelation(r) },
          el('span', { class: 'rel-text' }, el('span', { class: 'rel-type' }, `${r.from.name} ${humanize(r.type).toLowerCase()} ${r.to.name}`), excerpt(r)),
          el('span', { class: 'count' }, drawn(r.from.id) && drawn(r.to.id) ? 'drawn' : 'add')))))
        : null);
  }

  actorLink(id, names) {
    return el('button', { type: 'button', class: 'link', onclick: () => this.onActor(id) }, names.get(id) ?? id);
  }
}

/**
 * A relation type as a verb phrase after its subject, lower case: "supplies arms to", "is member of" (the catalog's
 * description says when the type's name is not a verb: "a is a member of ...").
 */
export function verbPhrase(type, name) {
  const words = humanize(name ?? type?.name ?? '').toLowerCase();
  return /^a is\b/.test(type?.description ?? '') && !words.startsWith('is ') ? `is ${words}` : words;
}

/** The catalog's description of a relation type with its two actors named: "China sells or gives weapons ... to Pakistan". */
export function describeRelation(type, from, to) {
  if (!type?.description) return null;
  return type.description.replace(/^a\b/, from).replace(/\bb's\b/g, `${to}\u2019s`).replace(/\bb\b/g, to);
}

/** A relation read from `self`'s side: "Supplies arms to China" when it acts, "China supplies arms to it" when acted on. */
export function relationPhrase(type, name, incoming, otherName) {
  return incoming ? `${otherName} ${verbPhrase(type, name)} it` : `${humanize(name)} ${otherName}`;
}

function claimCard(claim) {
  const who = claim.claimedBy.map(a => a.name).join(', ');
  return el('article', { class: 'claim', dataset: { relationId: claim.id } },
    el('p', { class: 'claim-meta' }, statusBadge(claim.status),
      who ? ` claimed by ${who}` : '', claim.since || claim.until ? ` \u00b7 ${formatSpan(claim)}` : ''),
    claim.evidence.length === 0 ? el('p', { class: 'muted' }, 'No quote recorded.') : null,
    claim.evidence.map(ev => el('figure', { class: 'evidence' },
      el('blockquote', { class: 'evidence-quote' }, `\u201c${ev.quote}\u201d`),
      el('figcaption', { class: 'source' },
        ev.source.url
          ? el('a', { href: ev.source.url, target: '_blank', rel: 'noopener noreferrer' }, ev.source.title)
          : el('cite', {}, ev.source.title),
        ` \u2014 ${ev.source.publisher}`, ev.source.published ? `, ${ev.source.published}` : ''))));
}

export function statusBadge(status) {
  const style = STATUS_STYLES[status];
  return el('span', { class: `badge status-${String(status).toLowerCase()}`, title: style?.label ?? status },
    style ? style.label.split(' (')[0] : status);
}

function meter(value) {
  const pct = Math.round(Math.max(0, Math.min(1, Number(value) || 0)) * 100);
  return el('span', { class: 'meter', role: 'img', 'aria-label': `${pct} percent of the top actor` },
    el('span', { class: 'meter-fill', style: { width: `${pct}%` } }));
}

function describeAlignment(value, poles) {
  if (value === null || value === undefined) return 'none: no signed path to either pole';
  const n = formatNumber(value, true);
  if (Math.abs(value) < 0.05) return `${n} (neutral)`;
  return `${n} (leans toward ${value > 0 ? poles.a : poles.b})`;
}

export function formatNumber(value, signed = false) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return '\u2014';
  const s = Number(value).toFixed(2);
  return signed && value > 0 ? `+${s}` : s;
}

function formatSpan({ since, until }) {
  if (!since && !until) return 'undated';
  if (since && until) return since === until ? since : `${since} to ${until}`;
  return since ? `since ${since}` : `until ${until}`;
}

function unique(values) {
  return [...new Set(values)];
}
