// One-off conversion of Natural Earth 110m countries (world-atlas 2.0.2, TopoJSON keyed by
// ISO 3166 numeric codes) to GeoJSON keyed by ISO 3166-1 alpha-2 codes, the codes Plenary uses.
// Run from a scratch folder after: npm install world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7
//   node convert.mjs > world-110m.geo.json
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const { feature } = require('topojson-client');
const countries = require('i18n-iso-countries');
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
// Rings that cross the antimeridian (Russia's Chukotka, Fiji) would streak across the whole map:
// pull their stray points onto the side where most of the ring lies.
const unwrap = (ring) => {
  const lons = ring.map(p => p[0]);
  if (Math.max(...lons) - Math.min(...lons) < 270) return ring;
  const east = lons.filter(x => x > 0).length >= lons.length / 2;
  return ring.map(([x, y]) => [east ? (x < 0 ? 180 : x) : (x > 0 ? -180 : x), y]);
};
const fixPolygon = (poly) => poly.map(unwrap);
const fc = feature(topo, topo.objects.countries);
for (const f of fc.features) {
  if (f.geometry.type === 'Polygon') f.geometry.coordinates = fixPolygon(f.geometry.coordinates);
  else if (f.geometry.type === 'MultiPolygon') f.geometry.coordinates = f.geometry.coordinates.map(fixPolygon);
}
const out = { type: 'FeatureCollection', features: [] };
const unmapped = [];
for (const f of fc.features) {
  const a2 = f.id ? countries.numericToAlpha2(f.id) : undefined;
  // Natural Earth gives Kosovo and Northern Cyprus no ISO numeric code; they stay on the map, unkeyed.
  const name = a2 || ('XX-' + f.properties.name);
  if (!a2) unmapped.push(f.properties.name);
  out.features.push({ type: 'Feature', properties: { name }, geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } });
}
process.stderr.write('unmapped: ' + unmapped.join(', ') + '\n');
process.stdout.write(JSON.stringify(out));
