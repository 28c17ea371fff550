// The actor network (Cytoscape): actors as nodes sized by their events, directed edges
// weighted by events and coloured by mean Goldstein (red conflict, green cooperation).
// Clicking or pressing Enter on the list below the graph picks an actor or a dyad.
import cytoscape from 'cytoscape';

let cy = null;

function goldsteinColor(g) {
  if (g <= -5) return '#b2182b';
  if (g < 0) return '#f1a340';
  if (g < 5) return '#7fbf7b';
  return '#1b7837';
}

export function renderNetwork(el, network, onPick) {
  const maxNode = Math.max(1, ...network.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.events));
  const elements = [
    ...network.nodes.map((n) => ({
      data: { id: n.id, label: n.id, size: 18 + 30 * Math.sqrt(n.events / maxNode) },
    })),
    ...network.edges.map((e, i) => ({
      data: {
        id: `e${i}`,
        source: e.source,
        target: e.target,
        width: 1 + 7 * (e.events / maxEdge),
        color: goldsteinColor(e.goldstein_mean),
        label: String(e.events),
      },
    })),
  ];
  if (cy) cy.destroy();
  cy = cytoscape({
    container: el,
    elements,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': '#4a6fa5',
          'font-size': 10,
          color: '#222',
          'text-valign': 'bottom',
          'text-margin-y': 3,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          opacity: 0.8,
        },
      },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 },
  });
  cy.on('tap', 'node', (evt) => onPick({ actor: evt.target.id(), other: '' }));
  cy.on('tap', 'edge', (evt) => onPick({ actor: evt.target.data('source'), other: evt.target.data('target') }));
  return network.nodes.length;
}
