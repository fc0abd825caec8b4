/**
 * `k-echart`: an Apache ECharts chart (ui.echart). Loaded as its own chunk, only by pages that
 * show a chart (lazy/catalog.ts). Only the parts registered below are bundled (modular imports
 * keep the chunk small); the server element refuses other series types (elements/echart.ts).
 */
import { BarChart, GaugeChart, LineChart, PieChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  DatasetComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use, type ECElementEvent, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { defineComponent, h, onBeforeUnmount, onMounted, onUpdated, ref, toRaw, type PropType } from 'vue';
import { chartUpdate, seriesOf, type ChartOptions, type ChartState } from './echart-update.js';

use([
  ...[LineChart, BarChart, PieChart, ScatterChart, RadarChart, GaugeChart],
  ...[TitleComponent, TooltipComponent, LegendComponent, GridComponent, DatasetComponent, DataZoomComponent],
  ...[MarkLineComponent, MarkPointComponent, MarkAreaComponent],
  CanvasRenderer,
]);

/** What a click on a data item tells the server (never the DOM event). */
function pointEvent(params: ECElementEvent): Record<string, unknown> {
  const { componentType, seriesType, seriesIndex, seriesName, name, dataIndex, dataType, value } = params;
  return { componentType, seriesType, seriesIndex, seriesName, name, dataIndex, dataType, value };
}

const POINT_EVENTS = ['click', 'dblclick'] as const;

export default defineComponent({
  name: 'KEchart',
  inheritAttrs: false,
  props: {
    /** Every option but the series. */
    options: { type: Object as PropType<ChartOptions>, default: () => ({}) },
  },
  emits: [...POINT_EVENTS, 'legendselectchanged'],
  setup(props, { attrs, emit }) {
    const root = ref<HTMLElement>();
    let chart: EChartsType | undefined;
    let resizes: ResizeObserver | undefined;
    /** What the chart shows, to send it only what changed. */
    let shown: ChartState = { options: {}, series: [] };

    const apply = (): void => {
      if (!chart) return;
      const next = { options: toRaw(props.options), series: seriesOf(attrs, toRaw) };
      const update = chartUpdate(shown, next);
      shown = next;
      if (update) chart.setOption(update.option, { notMerge: update.notMerge });
    };

    onMounted(() => {
      chart = init(root.value!, undefined, { renderer: 'canvas' });
      for (const name of POINT_EVENTS) chart.on(name, (params) => emit(name, pointEvent(params as ECElementEvent)));
      chart.on('legendselectchanged', (params) => {
        const { name, selected } = params as { name: string; selected: Record<string, boolean> };
        emit('legendselectchanged', { name, selected });
      });
      apply();
      resizes = new ResizeObserver(() => chart?.resize());
      resizes.observe(root.value!);
    });
    onUpdated(apply);
    onBeforeUnmount(() => {
      resizes?.disconnect();
      chart?.dispose();
      chart = undefined;
    });

    return () => h('div', { ref: root, class: attrs.class, style: attrs.style });
  },
});
