import { Element } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export interface SkeletonOptions {
  animation?: 'wave' | 'pulse' | 'pulse-x' | 'pulse-y' | 'fade' | 'blink' | 'none';
  /** Seconds per animation cycle. */
  animationSpeed?: number;
  square?: boolean;
  bordered?: boolean;
  /** Width and height at once (for circles and squares). */
  size?: string;
  width?: string;
  height?: string;
  /** The HTML tag (default `div`). */
  tag?: string;
}

/** Shapes a skeleton (QSkeleton) takes: a plain box, a circle, or the outline of a Quasar component. */
export type SkeletonType =
  | 'rect' | 'circle' | 'text' | 'QBtn' | 'QBadge' | 'QChip' | 'QToolbar' | 'QCheckbox' | 'QRadio'
  | 'QToggle' | 'QSlider' | 'QRange' | 'QInput' | 'QAvatar';

/** A placeholder (QSkeleton) shown while content loads. */
export class Skeleton extends Element {
  constructor(type: SkeletonType = 'rect', options: SkeletonOptions = {}) {
    super('q-skeleton');
    this.props({ type, animation: 'wave', ...optionProps(options, ['animation', 'animationSpeed', 'square', 'bordered', 'size', 'width', 'height', 'tag']) });
  }
}

/** `ui.skeleton()`, `ui.skeleton('circle', { size: '48px' })` */
export function skeleton(type: SkeletonType = 'rect', options: SkeletonOptions = {}): Skeleton {
  return new Skeleton(type, options);
}
