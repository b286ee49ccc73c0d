import { describe, expect, it } from 'vitest';
import { calibratedMultiplier, summariseNpmAudit } from './audit.mjs';

describe('summariseNpmAudit', () => {
  it('counts high and critical advisories from the report', () => {
    const report = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high: 3, critical: 1, total: 7 } } };
    expect(summariseNpmAudit(JSON.stringify(report))).toEqual({ high: 3, critical: 1 });
  });

  it('says why when npm could not ask (the error is JSON too)', () => {
    expect(summariseNpmAudit(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405, error: { summary: '', detail: '' } }))).toEqual({
      error: 'the advisory service answered HTTP 405',
    });
    expect(summariseNpmAudit(JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } }))).toEqual({
      error: 'This command requires an existing lockfile.',
    });
    expect(summariseNpmAudit('')).toEqual({ error: 'npm audit printed no report' });
  });
});

describe('calibratedMultiplier', () => {
  it("follows Lighthouse's CPU throttling calculator", () => {
    expect(calibratedMultiplier(1533)).toBeCloseTo(4, 2);
    expect(calibratedMultiplier(1300)).toBe(3);
    expect(calibratedMultiplier(800)).toBe(2);
    expect(calibratedMultiplier(100)).toBe(1);
  });
});
