import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';

interface CpuProfile {
  nodes: { callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
}

/**
 * V8's sampling CPU profiler on this process, started and stopped around a measured window
 * (unlike `--cpu-prof`, start-up and module loading stay out of the figures).
 */
export class CpuProfiler {
  private readonly session = new Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: 500 });
    await this.session.post('Profiler.start');
  }

  /** Stops and returns the functions with the most self time. */
  async stop(top = 12): Promise<string[]> {
    const { profile } = (await this.session.post('Profiler.stop')) as { profile: CpuProfile };
    this.session.disconnect();
    return hotFunctions(profile, top);
  }
}

/** `share of busy samples  name  file:line`, by self time; idle samples are left out. */
function hotFunctions(profile: CpuProfile, top: number): string[] {
  const self = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || !node.hitCount) continue;
    const where = url ? `${relative(process.cwd(), url.replace('file://', ''))}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + node.hitCount);
    total += node.hitCount;
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
}
