import { shallowReactive, type Component } from 'vue';
import { coreComponents } from './core.js';

type Loader = () => Promise<{ default: Component }>;

/**
 * Every other Quasar component a page can use, each loaded on demand as its own chunk, so the
 * first load carries only what the page shows. The build names each chunk after its module, and
 * the manifest maps tags to chunks from these imports (see build/manifest.ts).
 */
const loaders: Record<string, Loader> = {
  'q-ajax-bar': () => import('quasar/src/components/ajax-bar/QAjaxBar.js'),
  'q-avatar': () => import('quasar/src/components/avatar/QAvatar.js'),
  'q-badge': () => import('quasar/src/components/badge/QBadge.js'),
  'q-banner': () => import('quasar/src/components/banner/QBanner.js'),
  'q-bar': () => import('quasar/src/components/bar/QBar.js'),
  'q-breadcrumbs': () => import('quasar/src/components/breadcrumbs/QBreadcrumbs.js'),
  'q-breadcrumbs-el': () => import('quasar/src/components/breadcrumbs/QBreadcrumbsEl.js'),
  'q-btn-dropdown': () => import('quasar/src/components/btn-dropdown/QBtnDropdown.js'),
  'q-btn-group': () => import('quasar/src/components/btn-group/QBtnGroup.js'),
  'q-btn-toggle': () => import('quasar/src/components/btn-toggle/QBtnToggle.js'),
  'q-card': () => import('quasar/src/components/card/QCard.js'),
  'q-card-actions': () => import('quasar/src/components/card/QCardActions.js'),
  'q-card-section': () => import('quasar/src/components/card/QCardSection.js'),
  'q-carousel': () => import('quasar/src/components/carousel/QCarousel.js'),
  'q-carousel-control': () => import('quasar/src/components/carousel/QCarouselControl.js'),
  'q-carousel-slide': () => import('quasar/src/components/carousel/QCarouselSlide.js'),
  'q-chat-message': () => import('quasar/src/components/chat/QChatMessage.js'),
  'q-checkbox': () => import('quasar/src/components/checkbox/QCheckbox.js'),
  'q-chip': () => import('quasar/src/components/chip/QChip.js'),
  'q-circular-progress': () => import('quasar/src/components/circular-progress/QCircularProgress.js'),
  'q-color': () => import('quasar/src/components/color/QColor.js'),
  'q-date': () => import('quasar/src/components/date/QDate.js'),
  'q-dialog': () => import('quasar/src/components/dialog/QDialog.js'),
  'q-drawer': () => import('quasar/src/components/drawer/QDrawer.js'),
  'q-editor': () => import('quasar/src/components/editor/QEditor.js'),
  'q-expansion-item': () => import('quasar/src/components/expansion-item/QExpansionItem.js'),
  'q-fab': () => import('quasar/src/components/fab/QFab.js'),
  'q-fab-action': () => import('quasar/src/components/fab/QFabAction.js'),
  'q-field': () => import('quasar/src/components/field/QField.js'),
  'q-file': () => import('quasar/src/components/file/QFile.js'),
  'q-footer': () => import('quasar/src/components/footer/QFooter.js'),
  'q-form': () => import('quasar/src/components/form/QForm.js'),
  'q-header': () => import('quasar/src/components/header/QHeader.js'),
  'q-img': () => import('quasar/src/components/img/QImg.js'),
  'q-infinite-scroll': () => import('quasar/src/components/infinite-scroll/QInfiniteScroll.js'),
  'q-inner-loading': () => import('quasar/src/components/inner-loading/QInnerLoading.js'),
  'q-input': () => import('quasar/src/components/input/QInput.js'),
  'q-intersection': () => import('quasar/src/components/intersection/QIntersection.js'),
  'q-item': () => import('quasar/src/components/item/QItem.js'),
  'q-item-label': () => import('quasar/src/components/item/QItemLabel.js'),
  'q-item-section': () => import('quasar/src/components/item/QItemSection.js'),
  'q-list': () => import('quasar/src/components/item/QList.js'),
  'q-knob': () => import('quasar/src/components/knob/QKnob.js'),
  'q-linear-progress': () => import('quasar/src/components/linear-progress/QLinearProgress.js'),
  'q-markup-table': () => import('quasar/src/components/markup-table/QMarkupTable.js'),
  'q-menu': () => import('quasar/src/components/menu/QMenu.js'),
  'q-option-group': () => import('quasar/src/components/option-group/QOptionGroup.js'),
  'q-page-scroller': () => import('quasar/src/components/page-scroller/QPageScroller.js'),
  'q-page-sticky': () => import('quasar/src/components/page-sticky/QPageSticky.js'),
  'q-pagination': () => import('quasar/src/components/pagination/QPagination.js'),
  'q-parallax': () => import('quasar/src/components/parallax/QParallax.js'),
  'q-popup-edit': () => import('quasar/src/components/popup-edit/QPopupEdit.js'),
  'q-popup-proxy': () => import('quasar/src/components/popup-proxy/QPopupProxy.js'),
  'q-pull-to-refresh': () => import('quasar/src/components/pull-to-refresh/QPullToRefresh.js'),
  'q-radio': () => import('quasar/src/components/radio/QRadio.js'),
  'q-range': () => import('quasar/src/components/range/QRange.js'),
  'q-rating': () => import('quasar/src/components/rating/QRating.js'),
  'q-resize-observer': () => import('quasar/src/components/resize-observer/QResizeObserver.js'),
  'q-responsive': () => import('quasar/src/components/responsive/QResponsive.js'),
  'q-scroll-area': () => import('quasar/src/components/scroll-area/QScrollArea.js'),
  'q-scroll-observer': () => import('quasar/src/components/scroll-observer/QScrollObserver.js'),
  'q-select': () => import('quasar/src/components/select/QSelect.js'),
  'q-separator': () => import('quasar/src/components/separator/QSeparator.js'),
  'q-skeleton': () => import('quasar/src/components/skeleton/QSkeleton.js'),
  'q-slide-item': () => import('quasar/src/components/slide-item/QSlideItem.js'),
  'q-slide-transition': () => import('quasar/src/components/slide-transition/QSlideTransition.js'),
  'q-slider': () => import('quasar/src/components/slider/QSlider.js'),
  'q-space': () => import('quasar/src/components/space/QSpace.js'),
  'q-spinner': () => import('quasar/src/components/spinner/QSpinner.js'),
  'q-spinner-audio': () => import('quasar/src/components/spinner/QSpinnerAudio.js'),
  'q-spinner-ball': () => import('quasar/src/components/spinner/QSpinnerBall.js'),
  'q-spinner-bars': () => import('quasar/src/components/spinner/QSpinnerBars.js'),
  'q-spinner-box': () => import('quasar/src/components/spinner/QSpinnerBox.js'),
  'q-spinner-clock': () => import('quasar/src/components/spinner/QSpinnerClock.js'),
  'q-spinner-comment': () => import('quasar/src/components/spinner/QSpinnerComment.js'),
  'q-spinner-cube': () => import('quasar/src/components/spinner/QSpinnerCube.js'),
  'q-spinner-dots': () => import('quasar/src/components/spinner/QSpinnerDots.js'),
  'q-spinner-facebook': () => import('quasar/src/components/spinner/QSpinnerFacebook.js'),
  'q-spinner-gears': () => import('quasar/src/components/spinner/QSpinnerGears.js'),
  'q-spinner-grid': () => import('quasar/src/components/spinner/QSpinnerGrid.js'),
  'q-spinner-hearts': () => import('quasar/src/components/spinner/QSpinnerHearts.js'),
  'q-spinner-hourglass': () => import('quasar/src/components/spinner/QSpinnerHourglass.js'),
  'q-spinner-infinity': () => import('quasar/src/components/spinner/QSpinnerInfinity.js'),
  'q-spinner-ios': () => import('quasar/src/components/spinner/QSpinnerIos.js'),
  'q-spinner-orbit': () => import('quasar/src/components/spinner/QSpinnerOrbit.js'),
  'q-spinner-oval': () => import('quasar/src/components/spinner/QSpinnerOval.js'),
  'q-spinner-pie': () => import('quasar/src/components/spinner/QSpinnerPie.js'),
  'q-spinner-puff': () => import('quasar/src/components/spinner/QSpinnerPuff.js'),
  'q-spinner-radio': () => import('quasar/src/components/spinner/QSpinnerRadio.js'),
  'q-spinner-rings': () => import('quasar/src/components/spinner/QSpinnerRings.js'),
  'q-spinner-tail': () => import('quasar/src/components/spinner/QSpinnerTail.js'),
  'q-splitter': () => import('quasar/src/components/splitter/QSplitter.js'),
  'q-step': () => import('quasar/src/components/stepper/QStep.js'),
  'q-stepper': () => import('quasar/src/components/stepper/QStepper.js'),
  'q-stepper-navigation': () => import('quasar/src/components/stepper/QStepperNavigation.js'),
  'q-tab-panel': () => import('quasar/src/components/tab-panels/QTabPanel.js'),
  'q-tab-panels': () => import('quasar/src/components/tab-panels/QTabPanels.js'),
  'q-table': () => import('quasar/src/components/table/QTable.js'),
  'q-td': () => import('quasar/src/components/table/QTd.js'),
  'q-th': () => import('quasar/src/components/table/QTh.js'),
  'q-tr': () => import('quasar/src/components/table/QTr.js'),
  'q-tab': () => import('quasar/src/components/tabs/QTab.js'),
  'q-tabs': () => import('quasar/src/components/tabs/QTabs.js'),
  'q-time': () => import('quasar/src/components/time/QTime.js'),
  'q-timeline': () => import('quasar/src/components/timeline/QTimeline.js'),
  'q-timeline-entry': () => import('quasar/src/components/timeline/QTimelineEntry.js'),
  'q-toggle': () => import('quasar/src/components/toggle/QToggle.js'),
  'q-toolbar': () => import('quasar/src/components/toolbar/QToolbar.js'),
  'q-toolbar-title': () => import('quasar/src/components/toolbar/QToolbarTitle.js'),
  'q-tooltip': () => import('quasar/src/components/tooltip/QTooltip.js'),
  'q-tree': () => import('quasar/src/components/tree/QTree.js'),
  'q-uploader': () => import('quasar/src/components/uploader/QUploader.js'),
  'q-uploader-add-trigger': () => import('quasar/src/components/uploader/QUploaderAddTrigger.js'),
  'q-video': () => import('quasar/src/components/video/QVideo.js'),
  'q-virtual-scroll': () => import('quasar/src/components/virtual-scroll/QVirtualScroll.js'),
};

const loaded = shallowReactive(new Map<string, Component>(Object.entries(coreComponents)));
const loading = new Map<string, Promise<void>>();

export function isComponentTag(tag: string): boolean {
  return Object.hasOwn(loaders, tag) || Object.hasOwn(coreComponents, tag);
}

/** Loads a tag's component once; a failed load is forgotten so the next render retries it. */
export function loadComponent(tag: string): Promise<void> {
  const loader = Object.hasOwn(loaders, tag) ? loaders[tag] : undefined;
  if (!loader || loaded.has(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = loader()
      .then((module) => void loaded.set(tag, module.default))
      .catch((error: unknown) => console.error(`kite: cannot load <${tag}>`, error))
      .finally(() => loading.delete(tag));
    loading.set(tag, pending);
  }
  return pending;
}

/** Loads the components of many tags in parallel (before the first render). */
export async function loadComponents(tags: Iterable<string>): Promise<void> {
  await Promise.all(Array.from(tags, loadComponent));
}

/**
 * What to render for a tag: its component, the tag itself when it is not a component (an HTML
 * tag), or undefined while the component is loading (the view renders a placeholder and
 * re-renders when the load completes, because `loaded` is reactive).
 */
export function resolveTag(tag: string): Component | string | undefined {
  if (!isComponentTag(tag)) return tag;
  const component = loaded.get(tag);
  if (!component) void loadComponent(tag);
  return component;
}
