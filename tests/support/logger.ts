import type { Logger } from '../../app/core/logger.js';

export interface RecordedLog {
  level: 'info' | 'warn' | 'error';
  message: string;
  error?: unknown;
}

/** A logger that keeps what it is told, so tests can assert on logs (and on what must never be in them). */
export function recordingLogger(): Logger & {
  records: RecordedLog[];
  text(): string;
  /** Resolves with the first record, logged already or later, whose message contains `text`. */
  logged(text: string): Promise<RecordedLog>;
} {
  const records: RecordedLog[] = [];
  const waiters = new Set<(record: RecordedLog) => void>();
  const record = (entry: RecordedLog) => {
    records.push(entry);
    for (const waiter of [...waiters]) waiter(entry);
  };
  return {
    records,
    info: (message) => record({ level: 'info', message }),
    warn: (message) => record({ level: 'warn', message }),
    error: (message, error) => record({ level: 'error', message, error }),
    text: () => records.map((r) => `${r.level} ${r.message} ${r.error instanceof Error ? r.error.stack : String(r.error ?? '')}`).join('\n'),
    logged: (text) =>
      new Promise((resolve) => {
        const found = records.find((r) => r.message.includes(text));
        if (found) return resolve(found);
        const waiter = (entry: RecordedLog) => {
          if (!entry.message.includes(text)) return;
          waiters.delete(waiter);
          resolve(entry);
        };
        waiters.add(waiter);
      }),
  };
}
