import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAME_MAX_HEIGHT, FRAME_MIN_HEIGHT, frameHeightFrom, isFrameMessage, setThemeMessage, withTheme } from './host';
import { embedMessage, inboundSchema } from './protocol';

describe('host side of the embed protocol', () => {
  it('reads the height of a resize message, clamped and rounded', () => {
    expect(frameHeightFrom(embedMessage('resize', 'moe-playground', { height: 2443 }))).toBe(2443);
    expect(frameHeightFrom({ source: 'moe-lab', type: 'resize', payload: { height: 812.4 } })).toBe(812);
    expect(frameHeightFrom({ source: 'moe-lab', type: 'resize', payload: { height: 3 } })).toBe(80);
    expect(frameHeightFrom({ source: 'moe-lab', type: 'resize', payload: { height: 1e9 } })).toBe(20000);
  });

  // public/embed.js is plain JS for other people's pages and cannot import this module: its copy of the bounds is read from its text.
  it('bounds the height as public/embed.js does', () => {
    const script = fs.readFileSync('public/embed.js', 'utf8');
    const declared = (name: string) => Number(new RegExp(`\\bvar ${name} = (\\d+);`).exec(script)?.[1]);
    expect(declared('MAX_HEIGHT')).toBe(FRAME_MAX_HEIGHT);
    expect(declared('MIN_HEIGHT')).toBe(FRAME_MIN_HEIGHT);
  });

  it('ignores anything that is not a well-formed resize of ours', () => {
    expect(frameHeightFrom({ source: 'other', type: 'resize', payload: { height: 500 } })).toBeNull();
    expect(frameHeightFrom({ source: 'moe-lab', type: 'ready', payload: { version: 1 } })).toBeNull();
    expect(frameHeightFrom({ source: 'moe-lab', type: 'resize', payload: { height: '500' } })).toBeNull();
    expect(frameHeightFrom({ source: 'moe-lab', type: 'resize', payload: { height: Number.NaN } })).toBeNull();
    expect(frameHeightFrom({ source: 'moe-lab', type: 'resize' })).toBeNull();
    expect(frameHeightFrom('resize')).toBeNull();
    expect(frameHeightFrom(null)).toBeNull();
  });

  it('recognises ready', () => {
    expect(isFrameMessage(embedMessage('ready', 'quiz', { version: 1 }), 'ready')).toBe(true);
    expect(isFrameMessage({ type: 'ready' }, 'ready')).toBe(false);
  });

  it('builds a set-theme the frame accepts', () => {
    for (const theme of ['light', 'dark', 'auto'] as const) expect(inboundSchema.safeParse(setThemeMessage(theme)).success).toBe(true);
  });

  it('adds the theme to a frame address, replacing one already there', () => {
    expect(withTheme('/embed/moe-playground', 'dark')).toBe('/embed/moe-playground?theme=dark');
    expect(withTheme('/embed/moe-playground?experts=8&k=1', 'light')).toBe('/embed/moe-playground?experts=8&k=1&theme=light');
    expect(withTheme('/embed/moe-playground?theme=light&k=1', 'dark')).toBe('/embed/moe-playground?theme=dark&k=1');
  });
});
