import type { QNotifyCreateOptions } from 'quasar';

/** The notification options the server may set (framework/elements/notification.ts), as props. */
export const NOTIFICATION_KEYS = ['message', 'caption', 'type', 'color', 'icon', 'spinner', 'progress', 'timeout', 'position', 'closeBtn', 'multiLine'] as const;

export type NotificationProps = Partial<Record<(typeof NOTIFICATION_KEYS)[number], unknown>>;

/**
 * Quasar's options for a notification: the props that are set, always as plain text. Unset ones
 * are left out rather than passed as undefined, which would override the type's own (an
 * `ongoing` notification's spinner and timeout).
 */
export function notificationOptions(props: NotificationProps): QNotifyCreateOptions {
  const options: Record<string, unknown> = {};
  for (const key of NOTIFICATION_KEYS) if (props[key] !== undefined && props[key] !== null) options[key] = props[key];
  options.message = String(props.message ?? '');
  return { ...(options as QNotifyCreateOptions), html: false };
}

/**
 * Whether a shown notification must be replaced rather than updated: Quasar's update merges the
 * new options into the old ones, so an option that was set and is no longer would stay, and it
 * keeps the position.
 */
export function mustReplace(shown: QNotifyCreateOptions, next: QNotifyCreateOptions): boolean {
  if (shown.position !== next.position) return true;
  return Object.keys(shown).some((key) => !(key in next));
}
