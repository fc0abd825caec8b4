import { currentClient } from '../core/scope.js';
import { optionProps, type Builder, splitArgs, withBuilder } from './mixins/builder.js';
import { ValueElement, acceptBoolean, type Accepted, type ValueChangeHandler } from './mixins/value.js';

export interface DrawerOptions {
  /** Open (true), closed (false), or decided by the screen width (null, the default). */
  value?: boolean | null;
  bordered?: boolean;
  elevated?: boolean;
  overlay?: boolean;
  width?: number;
  breakpoint?: number;
  /** The drawer takes the corner next to the header. */
  topCorner?: boolean;
  /** The drawer takes the corner next to the footer. */
  bottomCorner?: boolean;
  onChange?: ValueChangeHandler<boolean | null, Drawer>;
}

const PROPS = ['bordered', 'elevated', 'overlay', 'width', 'breakpoint'] as const;

/**
 * A side drawer (QDrawer). It goes into the page layout (`client.layout`) wherever it is
 * created. The value is whether it is open; null means the tab decides by the screen width
 * (open on wide screens) and reports what it decided.
 */
export class Drawer extends ValueElement<boolean | null> {
  constructor(side: 'left' | 'right', options: DrawerOptions = {}) {
    const layout = currentClient(`ui.${side}Drawer`).layout;
    super('q-drawer', options.value ?? null, { parent: layout });
    this.props({ side, ...optionProps(options, PROPS) });
    if (this.value === null) this.setProp('showIfAbove', true);
    if (options.topCorner || options.bottomCorner) {
      // q-layout `view`: three groups of three letters (top, middle, bottom); corners are the outer letters.
      const view = [...String(layout.getProp('view') ?? 'hHh lpR fFf')];
      const letter = side === 'left' ? 'l' : 'r';
      const column = side === 'left' ? 0 : 2;
      if (options.topCorner) view[column] = letter;
      if (options.bottomCorner) view[8 + column] = letter;
      layout.setProp('view', view.join(''));
    }
    if (options.onChange) this.onChange(options.onChange);
  }

  /** Opens a closed drawer and closes an open one. */
  toggle(): this {
    if (this.value === null) this.client.runMethod(this, 'toggle');
    else this.value = !this.value;
    return this;
  }

  show(): this {
    this.value = true;
    return this;
  }

  hide(): this {
    this.value = false;
    return this;
  }

  protected override acceptValue(value: unknown): Accepted {
    return acceptBoolean(value);
  }
}

export function createDrawer(side: 'left' | 'right', options?: DrawerOptions | Builder, builder?: Builder): Drawer {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Drawer(side, opts), build);
}
