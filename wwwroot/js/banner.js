// The error banner (#error-banner): API failures are shown, never swallowed into a blank page.

import { el, replaceChildren } from './dom.js';

export class ErrorBanner {
  constructor(root) {
    this.root = root;
  }

  /** Shows `error` (an ApiError or any Error) under `title`; `retry` adds a Retry button. */
  show(error, retry = null, title = 'The graph could not be loaded.') {
    const details = (error.details ?? []).slice(1);
    replaceChildren(this.root,
      el('div', { class: 'banner-text' },
        el('strong', {}, `${title} `),
        error.message,
        details.length ? el('ul', {}, details.map(d => el('li', {}, d))) : null),
      el('div', { class: 'banner-actions' },
        retry ? el('button', { type: 'button', class: 'btn', onclick: () => { this.hide(); retry(); } }, 'Retry') : null,
        el('button', { type: 'button', class: 'btn ghost', 'aria-label': 'Dismiss error', onclick: () => this.hide() }, 'Dismiss')));
    this.root.hidden = false;
  }

  hide() {
    this.root.hidden = true;
    replaceChildren(this.root);
  }
}
