import { isBehind, POLL_MS } from '../../src/sidebar/use-revision-poll';

describe('the sidebar revision check', () => {
  it('is behind only when the server has moved on from the revision shown', () => {
    expect(isBehind('a', 'b')).toBe(true);
    expect(isBehind('a', 'a')).toBe(false);
    // Nothing shown yet: the first load is on its way, a check must not start a second.
    expect(isBehind(null, 'b')).toBe(false);
  });

  it('polls no more often than every 10 seconds', () => {
    expect(POLL_MS).toBeGreaterThanOrEqual(10_000);
  });
});
