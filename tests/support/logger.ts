import type { Logger } from '../../app/core/logger.js';

export interface RecordedLog {
  level: 'info' | 'warn' | 'error';
  message: string;
  error?: unknown;
}

/** A logger that keeps what it is told, so tests can assert on logs (and on what must never be in them). */
export function recordingLogger(): Logger & { records: RecordedLog[]; text(): string } {
  const records: RecordedLog[] = [];
  return {
    records,
    info: (message) => void records.push({ level: 'info', message }),
    warn: (message) => void records.push({ level: 'warn', message }),
    error: (message, error) => void records.push({ level: 'error', message, error }),
    text: () => records.map((r) => `${r.level} ${r.message} ${r.error instanceof Error ? r.error.stack : String(r.error ?? '')}`).join('\n'),
  };
}
