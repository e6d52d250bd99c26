import { describe, expect, it } from 'vitest';
import { isValidLegalInn, isValidOgrn } from '../../domain/org/registry-codes.ts';
import { generateDemoRegion, type DemoOrg } from './demo-region.ts';

function flatten(org: DemoOrg): DemoOrg[] {
  return [org, ...org.children.flatMap(flatten)];
}

describe('generateDemoRegion', () => {
  it('is deterministic for a seed', () => {
    expect(generateDemoRegion(7)).toEqual(generateDemoRegion(7));
    expect(generateDemoRegion(7)).not.toEqual(generateDemoRegion(8));
  });

  it('has one region with at least 8 municipalities of different sizes', () => {
    const { root } = generateDemoRegion();
    expect(root.kind).toBe('region');
    expect(root.children.length).toBeGreaterThanOrEqual(8);
    const sizes = new Set(root.children.map((m) => m.children.length));
    expect(sizes.size).toBeGreaterThanOrEqual(6);
  });

  it('models the seed-001 district: 15 schools, 14 kindergartens and supplementary education', () => {
    const district = generateDemoRegion().root.children.find((m) => m.name.startsWith('Промышленновский'));
    const count = (type: string) => district?.children.filter((o) => o.type === type).length;
    expect(count('school')).toBe(15);
    expect(count('kindergarten')).toBe(14);
    expect(count('supplementary')).toBeGreaterThan(0);
  });

  it('gives unique codes and valid ИНН and ОГРН', () => {
    const all = flatten(generateDemoRegion().root);
    expect(new Set(all.map((o) => o.code)).size).toBe(all.length);
    const withInn = all.filter((o) => o.inn !== null);
    expect(new Set(withInn.map((o) => o.inn)).size).toBe(withInn.length);
    for (const o of withInn) {
      expect(isValidLegalInn(o.inn ?? ''), o.code).toBe(true);
      expect(isValidOgrn(o.ogrn ?? ''), o.code).toBe(true);
    }
  });
});
