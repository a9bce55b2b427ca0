import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpret } from '@motionreg/interpret';
import { concerns, parseEvalSet, scoreEvalSet } from './score-eval.js';

const items = parseEvalSet(readFileSync(new URL('../../eval/prompts.jsonl', import.meta.url), 'utf8'));

describe('evaluation set', () => {
  it('has the coverage the issue asks for', () => {
    const tagged = (prefix: string) => items.filter((item) => item.tags.some((tag) => tag.startsWith(prefix)));
    const varied = items.filter((item) => item.tags.some((tag) => tag.startsWith('dialect:') || tag.startsWith('slang:')));
    const varieties = new Set(varied.flatMap((item) => item.tags.filter((tag) => tag.startsWith('dialect:') || tag.startsWith('slang:')).map((tag) => tag.split(':')[1])));
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(varied.length).toBeGreaterThanOrEqual(100);
    expect(varieties.size).toBeGreaterThanOrEqual(5);
    expect(tagged('negation').length).toBeGreaterThanOrEqual(30);
    expect(tagged('domain').length).toBeGreaterThanOrEqual(30);
    expect(tagged('duration').length).toBeGreaterThanOrEqual(20);
    expect(new Set(items.map((item) => item.prompt)).size).toBe(items.length);
  });

  it('scores at least 95% in every field group', () => {
    const report = scoreEvalSet(items, (prompt) => interpret(prompt));
    for (const [group, { accuracy }] of Object.entries(report.groups)) expect({ group, pass: accuracy >= 0.95 }).toEqual({ group, pass: true });
  });

  it('scores at least 95% in every concern, and invents a camera move for at most 0.5% of plain prompts', () => {
    const report = scoreEvalSet(items, (prompt) => interpret(prompt));
    expect(Object.keys(report.concerns).sort()).toEqual(Object.keys(concerns).sort());
    for (const [concern, { accuracy }] of Object.entries(report.concerns)) {
      expect({ concern, pass: accuracy >= (concern === 'plain' ? 0.995 : 0.95) }).toEqual({ concern, pass: true });
    }
    expect(report.concerns.plain?.total).toBeGreaterThanOrEqual(200);
  });
});
