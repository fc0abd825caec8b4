import { Element, type EventHandler } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface FabActionOptions {
  label?: string;
  color?: string;
  textColor?: string;
  disable?: boolean;
  onClick?: EventHandler<FabAction>;
}

/** One action of a `ui.fab` (QFabAction); clicking it runs its handler and closes the fab. */
export class FabAction extends Element {
  constructor(icon: string, options: FabActionOptions = {}) {
    super('q-fab-action');
    this.props({ icon, ...optionProps(options, ['label', 'color', 'textColor', 'disable']) });
    if (options.onClick) this.onClick(options.onClick);
  }

  onClick(handler: EventHandler<this>): this {
    return this.on('click', handler);
  }
}

/** `ui.fabAction('mail', { label: 'Email', onClick: send })`, or with the handler as second argument. */
export function fabAction(icon: string, options: FabActionOptions | EventHandler<FabAction> = {}): FabAction {
  return new FabAction(icon, typeof options === 'function' ? { onClick: options } : options);
}
