'use client';

import { useEffect, useRef } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { hexToRgb } from '@/lib/viz/palette';
import { ChartData } from './chart-data';

/**
 * Paints a size×size grid of category ids (e.g. predicted class or top-1 expert) on a canvas,
 * with optional data points on top. Pixels go straight to the canvas: React does not re-render them.
 */
export function GridCanvas({
  label,
  cells,
  size,
  colors,
  opacity = 0.45,
  points,
  pointColors,
  categories,
}: {
  label: string;
  /** Names of the category ids: when given, a table of each one's share of the map (and points). */
  categories?: readonly string[];
  cells: ArrayLike<number> | null;
  size: number;
  colors: readonly string[];
  opacity?: number;
  points?: ReadonlyArray<readonly [number, number]>;
  pointColors?: ArrayLike<number>;
}) {
  const t = useT();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const px = canvas.width;
    ctx.clearRect(0, 0, px, px);
    if (cells && cells.length === size * size) {
      const image = ctx.createImageData(size, size);
      const rgb = colors.map(hexToRgb);
      for (let i = 0; i < size * size; i++) {
        // Grid row 0 is y = -1 (bottom); canvas row 0 is the top.
        const row = size - 1 - Math.floor(i / size);
        const o = (row * size + (i % size)) * 4;
        const [r, g, b] = rgb[cells[i] % rgb.length];
        image.data.set([r, g, b, Math.round(opacity * 255)], o);
      }
      const off = new OffscreenCanvas(size, size);
      off.getContext('2d')?.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(off, 0, 0, px, px);
    }
    if (points && pointColors) {
      const rgb = colors;
      for (let i = 0; i < points.length; i++) {
        const [x, y] = points[i];
        ctx.beginPath();
        ctx.arc(((x + 1) / 2) * px, ((1 - y) / 2) * px, 2.6, 0, 2 * Math.PI);
        ctx.fillStyle = rgb[pointColors[i] % rgb.length];
        ctx.fill();
        ctx.lineWidth = 0.8;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
      }
    }
  }, [cells, size, colors, opacity, points, pointColors]);
  const canvas = <canvas ref={ref} width={300} height={300} className="grid-canvas" role="img" aria-label={label} />;
  if (!categories) return canvas;
  return (
    <>
      {canvas}
      <ChartData
        caption={label}
        head={[t('chart.category'), t('chart.mapShare'), ...(points && pointColors ? [t('chart.points')] : [])]}
        rows={() =>
          categories.map((name, c) => {
            const share = cells && cells.length > 0 ? countOf(cells, c) / cells.length : 0;
            return [name, `${(share * 100).toFixed(1)}%`, ...(points && pointColors ? [countOf(pointColors, c)] : [])];
          })
        }
      />
    </>
  );
}

function countOf(ids: ArrayLike<number>, id: number): number {
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) n++;
  return n;
}
