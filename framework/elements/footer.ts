import { LayoutBar, type HeaderOptions } from './header.js';
import { splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export type FooterOptions = HeaderOptions;

/** A page footer (QFooter), in the page layout wherever it is created. */
export class Footer extends LayoutBar {
  constructor(options: FooterOptions = {}) {
    super('q-footer', options);
  }
}

/** `ui.footer(() => ui.label('© 2025'))` */
export function footer(options?: FooterOptions | Builder, builder?: Builder): Footer {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Footer(opts), build);
}
