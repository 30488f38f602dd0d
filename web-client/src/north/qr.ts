// A box label's QR code as SVG (crisp at any print size), drawn from lean-qr's module grid.

import { generate } from 'lean-qr/nano';
import { plain } from '../app';

const SVG = 'http://www.w3.org/2000/svg';

export function qrSvg(content: string, title: string): SVGSVGElement {
  const code = generate(content);
  const quiet = 4; // the white margin a reader needs around the code
  const side = code.size + 2 * quiet;
  let path = '';
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', plain(`QR code : ${title}`, `QR code: ${title}`));
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.dataset.content = content; // what a reader will find in it, for whoever checks a label
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(side));
  background.setAttribute('height', String(side));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', path);
  svg.append(background, modules);
  return svg;
}
