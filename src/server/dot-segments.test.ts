import { describe, expect, it } from 'vitest';
import { hasDotSegment } from './dot-segments.ts';

describe('hasDotSegment', () => {
  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/etc/passwd',
    '/assets/../../../etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/./index.html',
    '/api/orgs/..',
  ])('finds one in %s', (url) => {
    expect(hasDotSegment(url)).toBe(true);
  });

  it.each(['/', '/orgs/5', '/assets/index-3f2a.js', '/api/orgs?q=../x', '/public/documents/3', '/a..b/c.d', '/api/orgs/%'])(
    'finds none in %s',
    (url) => {
      expect(hasDotSegment(url)).toBe(false);
    },
  );
});
