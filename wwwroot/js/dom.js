// Builds DOM nodes from data without innerHTML, so quotes and names from the API are always text.

/** el('a', { href, class: 'x', onclick }, 'text', childNode, [more]) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(node.style, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `node`. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/**
 * Orders two actors by name as `localeCompare` does, with one collator for every call: `localeCompare` builds its
 * own each time, and sorting hundreds of names with it took 75 ms of the page's start.
 */
export const byName = (collator => (x, y) => collator.compare(x.name, y.name))(new Intl.Collator());

/** Title-cases an UPPER_SNAKE name for display: SUPPLIES_ARMS_TO -> "Supplies arms to". */
export function humanize(name) {
  const words = String(name).toLowerCase().split('_');
  words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  return words.join(' ');
}
