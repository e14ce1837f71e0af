/**
 * The sidebar's list of exercise names not understood: a pure view of the analysis' list, names
 * shown as text (never markup), capped with a count of the rest.
 */
import type { ComponentChild, VNode } from 'preact';
import {
  NAMES_SHOWN,
  UnrecognisedNames,
  unrecognisedView,
} from '../../src/sidebar/UnrecognisedNames';

function texts(node: ComponentChild, out: string[] = []): string[] {
  if (node === null || node === undefined || typeof node === 'boolean') return out;
  if (typeof node === 'string' || typeof node === 'number') {
    out.push(String(node));
    return out;
  }
  if (Array.isArray(node)) {
    for (const child of node) texts(child, out);
    return out;
  }
  const vnode = node as VNode<Record<string, unknown>>;
  if (typeof vnode.type === 'function')
    return texts((vnode.type as (p: unknown) => ComponentChild)(vnode.props), out);
  texts(vnode.props?.children as ComponentChild, out);
  return out;
}

describe('unrecognisedView', () => {
  it('is null when every name was understood', () => {
    expect(unrecognisedView([])).toBeNull();
    expect(texts(<UnrecognisedNames names={[]} />)).toEqual([]);
  });

  it('counts the names and their sets, and lists them most sets first as given', () => {
    const view = unrecognisedView([
      { name: 'Intensity', sets: 185 },
      { name: 'Front Rack Hold', sets: 1 },
    ]);
    expect(view).toEqual({
      summary: '2 exercise names not understood (186 sets)',
      names: [
        { name: 'Intensity', sets: '185 sets' },
        { name: 'Front Rack Hold', sets: '1 set' },
      ],
      more: 0,
    });
  });

  it(`shows ${NAMES_SHOWN} names and counts the rest`, () => {
    const names = Array.from({ length: NAMES_SHOWN + 3 }, (_, i) => ({
      name: `Lift ${i}`,
      sets: 1,
    }));
    const view = unrecognisedView(names);
    expect(view?.names).toHaveLength(NAMES_SHOWN);
    expect(view?.more).toBe(3);
  });

  it("renders a coach's name as text, not markup", () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const rendered = texts(<UnrecognisedNames names={[{ name: hostile, sets: 2 }]} />);
    expect(rendered).toContain(hostile);
    expect(rendered.join('')).toContain('Rename them in the log');
  });
});
