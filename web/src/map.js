// The map: world countries (world-atlas 110m, drawn with d3-geo) and a circle per event
// place, its area proportional to the place's events, coloured by mean Goldstein.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

const countries = feature(world, world.objects.countries);

function goldsteinColor(g) {
  return g <= -5 ? '#b2182b' : g < 0 ? '#f1a340' : g < 5 ? '#7fbf7b' : '#1b7837';
}

export function renderMap(el, places) {
  const width = 960;
  const height = 500;
  const projection = geoNaturalEarth1().fitSize([width, height], countries);
  const path = geoPath(projection);
  select(el).selectAll('*').remove();
  const svg = select(el)
    .append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', `Map of ${places.places.length} event places`);
  svg.append('g').selectAll('path').data(countries.features).join('path').attr('class', 'country').attr('d', path);
  const max = Math.max(1, ...places.places.map((p) => p.events));
  const dots = svg
    .append('g')
    .selectAll('circle')
    .data(places.places)
    .join('circle')
    .attr('class', 'place')
    .attr('cx', (p) => projection([p.lon, p.lat])[0])
    .attr('cy', (p) => projection([p.lon, p.lat])[1])
    .attr('r', (p) => 3 + 14 * Math.sqrt(p.events / max))
    .attr('fill', (p) => goldsteinColor(p.goldstein_sum / p.events));
  dots.append('title').text((p) => `${p.name} (${p.country}): ${p.events} event${p.events === 1 ? '' : 's'}`);
  return places.places.length;
}
