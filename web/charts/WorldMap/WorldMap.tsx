// A choropleth of the world in SVG: d3-geo's Equal Earth projection (areas stay true) over the
// world-atlas 1:110m country shapes. States with a value are links (keyboard-focusable, with a
// <title> naming the State and its value); the others are drawn plain. Colour is never the only cue:
// every State with a value is named in its tooltip and in the table the page shows beside the map,
// and the States too small to draw at this scale are listed under it. Nothing moves, so
// prefers-reduced-motion has nothing to turn off. Its colour steps and legend are its chart config
// (config.ts), read through useChart().

import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import atlas from 'world-atlas/countries-110m.json';
import { ChartLegend, useChart, type ChartItemConfig } from '../chart.js';
import { numericToIso3, stepOf } from './mapData.js';

interface Shape {
  key: string;
  iso3: string | null;
  d: string;
}

const WIDTH = 960;
const PAD = 4;

// Computed once: the projected outline of every country in the atlas (Antarctica left out: no
// beneficiary there, and it would take a fifth of the height).
const { shapes, height, top } = (() => {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = world.features.filter((f) => String(f.id) !== '010');
  const collection: FeatureCollection<Geometry, { name: string }> = { type: 'FeatureCollection', features };
  const projection = geoEqualEarth().fitWidth(WIDTH - 2 * PAD, collection);
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(collection);
  const list: Shape[] = features.map((f: Feature<Geometry, { name: string }>, i) => ({
    key: `${String(f.id ?? 'x')}-${i}`,
    iso3: numericToIso3(f.id as string | undefined),
    d: path(f) ?? '',
  }));
  return { shapes: list, height: Math.ceil(y1 - y0), top: y0 };
})();

/** ISO3 codes of the States the atlas draws at this scale (small island States are not among them). */
export const DRAWN_STATES: ReadonlySet<string> = new Set(shapes.flatMap((s) => (s.iso3 ? [s.iso3] : [])));

export interface WorldMapProps {
  /** Per State (ISO3): its value. States absent from the map are drawn plain (no value, not zero). */
  data: ReadonlyMap<string, number>;
  /** How a State's value reads in its tooltip: "5 sourced figures". */
  valueFormatter: (value: number) => string;
  /** The State's name in the reader's language. */
  nameOf: (iso3: string) => string;
  /** Where a State's link goes: /en/countries/MDV. */
  hrefFor: (iso3: string) => string;
  /** Called instead of following the link on a plain click (for client-side navigation). */
  onSelect?: (iso3: string) => void;
  /** Accessible name of the map. */
  label: string;
  /** What the shading means, above the legend's steps. */
  legendTitle: string;
}

export function WorldMap({ data, valueFormatter, nameOf, hrefFor, onSelect, label, legendTitle }: WorldMapProps) {
  const { t } = useTranslation();
  const { config } = useChart();
  const [focused, setFocused] = useState<string | null>(null);
  const scale = Object.values(config).filter((item): item is ChartItemConfig & { range: { from: number; to: number } } => item.range !== undefined);
  const steps = scale.map((item) => item.range);
  const plainStyle = config.none ? { fill: config.none.color, stroke: config.none.outline } : undefined;
  const withData = shapes.filter((s) => s.iso3 !== null && (data.get(s.iso3) ?? 0) > 0);
  const plain = shapes.filter((s) => !withData.includes(s));
  // Links in the order of the States' names, so Tab moves through them alphabetically.
  const linked = [...withData].sort((a, b) => nameOf(a.iso3 as string).localeCompare(nameOf(b.iso3 as string)));
  const notDrawn = [...data.keys()].filter((iso3) => !DRAWN_STATES.has(iso3)).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const focusedShapes = focused ? shapes.filter((s) => s.iso3 === focused) : [];

  const follow = (iso3: string) => (event: MouseEvent) => {
    if (!onSelect || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSelect(iso3);
  };

  return (
    <div className="world-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${height + 2 * PAD}`}
        role="group"
        aria-label={label}
        className="world-map-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <g transform={`translate(${PAD} ${PAD - top})`}>
          <g className="world-map-plain">
            {plain.map((shape) => (
              <path key={shape.key} d={shape.d} className="state state-plain" style={plainStyle} data-iso3={shape.iso3 ?? undefined}>
                {shape.iso3 ? <title>{`${nameOf(shape.iso3)} — ${t('map.legend.none')}`}</title> : null}
              </path>
            ))}
          </g>
          <g className="world-map-data">
            {linked.map((shape) => {
              const iso3 = shape.iso3 as string;
              const value = data.get(iso3) as number;
              const text = `${nameOf(iso3)}: ${valueFormatter(value)}`;
              return (
                <a
                  key={shape.key}
                  href={hrefFor(iso3)}
                  aria-label={text}
                  data-iso3={iso3}
                  onClick={follow(iso3)}
                  onFocus={() => setFocused(iso3)}
                  onBlur={() => setFocused((f) => (f === iso3 ? null : f))}
                >
                  <title>{text}</title>
                  <path d={shape.d} className="state state-data" data-step={stepOf(value, steps)} fill={(scale[stepOf(value, steps)] ?? scale[0])?.color} />
                </a>
              );
            })}
          </g>
          {/* Drawn last, above its neighbours, so the focused State's outline is never hidden. */}
          <g className="world-map-focus" aria-hidden="true">
            {focusedShapes.map((shape) => (
              <path key={shape.key} d={shape.d} />
            ))}
          </g>
        </g>
      </svg>
      <div className="world-map-legend">
        <p className="world-map-legend-title">{legendTitle}</p>
        <ChartLegend />
      </div>
      {notDrawn.length > 0 ? (
        <div className="world-map-not-drawn">
          <p>{t('map.notDrawn', { count: notDrawn.length })}</p>
          <ul>
            {notDrawn.map((iso3) => (
              <li key={iso3}>
                <a
                  href={hrefFor(iso3)}
                  onClick={follow(iso3)}
                >
                  {nameOf(iso3)}
                </a>{' '}
                <span className="muted">({valueFormatter(data.get(iso3) as number)})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
