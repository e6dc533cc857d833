import { CanvasTexture, SRGBColorSpace } from 'three';
import { ICON_PATHS, type IconName } from '../ui/icon-paths.ts';
import { wrapText } from './fit-text.ts';

/**
 * Text for in-VR panels, drawn with the browser's 2D canvas. Chosen over an MSDF text library
 * because the bundled MSDF fonts lack Dutch letters (ë, é, ’) and this uses the system fonts
 * with full Unicode. Pixels per metre is fixed so text size in the headset is predictable.
 */
export const PX_PER_M = 600;
const FONT = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';

export interface TextBlock {
  text: string;
  size: number; // font size in metres
  weight?: 400 | 600 | 700;
  color?: string;
  gapAfter?: number; // metres
}

export interface PanelDrawing {
  texture: CanvasTexture;
  width: number; // metres
  height: number; // metres
}

/**
 * Draws a rounded panel with text blocks, sized to its content up to `width`.
 * `icon` is drawn left of the first block, from the same icon set as the DOM (icons sit next to
 * text for readers with little Dutch).
 */
export interface PanelOptions {
  width: number;
  blocks: TextBlock[];
  padding?: number;
  background?: string;
  border?: string;
  icon?: IconName;
  align?: 'left' | 'center';
  minHeight?: number;
}

function layout(ctx: CanvasRenderingContext2D, opts: PanelOptions) {
  const pad = opts.padding ?? 0.05;
  const iconSize = opts.icon ? (opts.blocks[0]?.size ?? 0.05) * 1.4 : 0;
  const inner = opts.width - pad * 2 - (opts.icon ? iconSize + pad * 0.6 : 0);
  const laidOut = opts.blocks.map((b) => {
    ctx.font = `${b.weight ?? 400} ${b.size * PX_PER_M}px ${FONT}`;
    return { block: b, lines: wrapText(b.text, inner * PX_PER_M, (t) => ctx.measureText(t).width) };
  });
  let h = pad * 2;
  for (const { block, lines } of laidOut) h += lines.length * block.size * 1.3 + (block.gapAfter ?? block.size * 0.5);
  // Taller than its text (e.g. to match a row): the text sits in the middle.
  return { pad, iconSize, laidOut, h: Math.max(h, opts.minHeight ?? 0), top: pad + Math.max(0, (opts.minHeight ?? 0) - h) / 2 };
}

let measureCtx: CanvasRenderingContext2D | null = null;
/** Height in metres a panel will have, so a parent can stack panels before drawing them. */
export function panelHeight(opts: PanelOptions): number {
  measureCtx ??= document.createElement('canvas').getContext('2d')!;
  return layout(measureCtx, opts).h;
}

export function drawPanel(opts: PanelOptions): PanelDrawing {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const { pad, iconSize, laidOut, h, top } = layout(ctx, opts);
  const P = PX_PER_M; // draw in pixels; layout above is in metres
  canvas.width = Math.ceil(opts.width * P);
  canvas.height = Math.ceil(h * P);
  const r = Math.min(0.04, h / 2) * P;
  ctx.fillStyle = opts.background ?? 'rgba(20, 28, 38, 0.92)';
  ctx.beginPath();
  ctx.roundRect(0, 0, canvas.width, canvas.height, r);
  ctx.fill();
  if (opts.border) {
    ctx.lineWidth = 0.008 * P;
    ctx.strokeStyle = opts.border;
    ctx.stroke();
  }
  ctx.textBaseline = 'top';
  let x = pad;
  if (opts.icon) {
    drawIcon(ctx, opts.icon, pad * P, top * P, iconSize * P);
    x += iconSize + pad * 0.6;
  }
  let y = top;
  for (const { block, lines } of laidOut) {
    ctx.font = `${block.weight ?? 400} ${block.size * P}px ${FONT}`;
    ctx.fillStyle = block.color ?? '#ffffff';
    for (const line of lines) {
      const lx = opts.align === 'center' ? (canvas.width - ctx.measureText(line).width) / 2 : x * P;
      ctx.fillText(line, lx, y * P);
      y += block.size * 1.3;
    }
    y += block.gapAfter ?? block.size * 0.5;
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return { texture, width: opts.width, height: h };
}

/** Draws an icon of the shared set (24×24 path data) at x, y with the given size in pixels. */
export function drawIcon(ctx: CanvasRenderingContext2D, name: IconName, x: number, y: number, size: number, color = '#ffffff'): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / 24, size / 24);
  ctx.fillStyle = color;
  ctx.fill(new Path2D(ICON_PATHS[name]));
  ctx.restore();
}
