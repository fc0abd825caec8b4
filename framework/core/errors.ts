/** A mistake in how the framework is used (not a bug in user callbacks): fail loudly with a hint. */
export class KiteError extends Error {
  override name = 'KiteError';
}
