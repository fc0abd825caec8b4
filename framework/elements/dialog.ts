import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';
import { ValueElement, acceptBoolean, type Accepted } from './mixins/value.js';

export interface DialogOptions {
  /** Start open. */
  value?: boolean;
  /** The user cannot close it with Esc or a click on the backdrop. */
  persistent?: boolean;
  maximized?: boolean;
  fullWidth?: boolean;
  fullHeight?: boolean;
  position?: 'standard' | 'top' | 'right' | 'bottom' | 'left';
  seamless?: boolean;
}

/**
 * A modal dialog (QDialog); the value is whether it is open. It can be awaited:
 * `dialog.open(); const answer = await dialog` resolves with what `submit(result)` was given,
 * or with undefined when the dialog closed otherwise (Esc, the backdrop, `close()`).
 * Every resolution re-arms it, so the same dialog can be awaited again.
 *
 * Because a dialog is a thenable, do not return it from an async function or a page function
 * (`() => ui.dialog()`): that would wait for its result.
 */
export class Dialog<R = unknown> extends ValueElement<boolean> implements PromiseLike<R | undefined> {
  private pending: { promise: Promise<R | undefined>; resolve(result: R | undefined): void } | undefined;

  constructor(options: DialogOptions = {}) {
    super('q-dialog', options.value ?? false);
    this.props(optionProps(options, ['persistent', 'maximized', 'fullWidth', 'fullHeight', 'position', 'seamless']));
    this.onChange((e) => {
      if (!e.value) this.settle(undefined);
    });
    this.onDispose(() => this.settle(undefined));
  }

  open(): this {
    this.value = true;
    return this;
  }

  /** Closes the dialog; whoever awaits it gets undefined. */
  close(): this {
    this.value = false;
    return this;
  }

  /** Closes the dialog; whoever awaits it gets `result`. */
  submit(result: R): void {
    this.settle(result);
    this.value = false;
  }

  then<A = R | undefined, B = never>(
    onfulfilled?: ((result: R | undefined) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    if (!this.pending) {
      let resolve!: (result: R | undefined) => void;
      const promise = new Promise<R | undefined>((r) => (resolve = r));
      this.pending = { promise, resolve };
    }
    return this.pending.promise.then(onfulfilled, onrejected);
  }

  private settle(result: R | undefined): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(result);
  }

  protected override acceptValue(value: unknown): Accepted {
    return acceptBoolean(value);
  }
}

/** `const dialog = ui.dialog(() => ui.card(() => { ui.button('Yes', () => dialog.submit('yes')) }))` */
export function dialog<R = unknown>(options?: DialogOptions | Builder, builder?: Builder): Dialog<R> {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Dialog<R>(opts), build);
}
