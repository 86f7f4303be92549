import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import ts from 'typescript';
import '../i18n';
import { CheckboxGroup } from './Field';
import { parseWebSource, WEB_SRC, webSourceFiles } from './web-source.testing';

const OPTIONS = ['a', 'b', 'c', 'd'].map((value) => ({ value, label: `Thema ${value}` }));

const render = (values: string[], max?: number) =>
  renderToStaticMarkup(<CheckboxGroup legend="Thema's" name="themes" options={OPTIONS} values={values} onChange={() => {}} max={max} />);

/** The boxes of the group as [value, checked, disabled]. */
const boxes = (html: string) =>
  [...html.matchAll(/<input ([^>]*)\/?>/g)].map(([, attributes]) => [
    /value="(\w+)"/.exec(attributes)?.[1],
    attributes.includes('checked'),
    attributes.includes('disabled'),
  ]);

describe('CheckboxGroup with a maximum', () => {
  it('says the maximum in its hint while there is room, and every box can be ticked', () => {
    const html = render(['a'], 2);
    expect(html).toContain('Kies er hoogstens 2.');
    expect(boxes(html)).toEqual([
      ['a', true, false],
      ['b', false, false],
      ['c', false, false],
      ['d', false, false],
    ]);
  });

  it('at the maximum, the boxes not ticked cannot be ticked and the hint says why; the ticked ones can be taken away', () => {
    const html = render(['b', 'd'], 2);
    expect(html).toContain('Je hebt er 2 gekozen, het hoogste aantal. Haal er een weg om een ander te kiezen.');
    expect(boxes(html)).toEqual([
      ['a', false, true],
      ['b', true, false],
      ['c', false, true],
      ['d', true, false],
    ]);
  });

  it('ties the hint to the group, so a screen reader reads the limit with it', () => {
    const html = render([], 3);
    const describedBy = /<fieldset[^>]*aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeDefined();
    expect(html).toContain(`id="${describedBy}" class="field__hint">Kies er hoogstens 3.</p>`);
  });

  it('without a maximum, says nothing about one', () => {
    const html = render(['a', 'b', 'c'], undefined);
    expect(html).not.toContain('hoogstens');
    expect(boxes(html).every(([, , disabled]) => !disabled)).toBe(true);
  });
});

/**
 * Generated from the source: no checkbox group cuts its own choice short. `onChange={(ids) => set(ids.slice(0, 5))}`
 * dropped a ticked box without a word (and the group hands its values in list order, so it dropped another box than the
 * one just ticked); a limit is the group's `max`.
 */
describe('no checkbox group drops a choice in its onChange', () => {
  const slicedChoices = (fileName: string, text: string) => {
    const { source, where } = parseWebSource(fileName, text);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if ((ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) && node.tagName.getText(source) === 'CheckboxGroup') {
        const onChange = node.attributes.properties.find((p) => ts.isJsxAttribute(p) && p.name.getText(source) === 'onChange');
        if (onChange && /\.(slice|splice|filter)\(/.test(onChange.getText(source))) found.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  };

  it('finds a sliced choice (so an empty list below means something)', () => {
    const sample = `const a = <CheckboxGroup values={v} onChange={(ids) => set(ids.slice(0, 5))} />;`;
    expect(slicedChoices(path.join(WEB_SRC, 'sample.tsx'), sample)).toEqual(['sample.tsx:1']);
  });

  it('finds none in the app', () => {
    expect(webSourceFiles().flatMap((file) => slicedChoices(file, fs.readFileSync(file, 'utf8')))).toEqual([]);
  });
});
