import { CORE_VALUES, MIN_GROUP_SIZE, TAG_DIRECTION_LABELS, type TagDirection } from '@kring/domain';
import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { ValuePatternsPartsFragment } from '../graphql/generated';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { useSmallNumber } from '../ui/SmallNumber';
import { TableWrap } from '../ui/TableWrap';
import { heatLevel, type HeatLevel } from './heat-levels';
import { useTexts } from './texts';

type Patterns = ValuePatternsPartsFragment;
type Cell = Patterns['rows'][number]['cells'][number];

const FIELD: Record<TagDirection, keyof Omit<Cell, '__typename'>> = {
  visible_strength: 'visibleStrength',
  under_pressure: 'underPressure',
  open_question: 'openQuestion',
};

/**
 * Values per quarter in one direction, as a picture. It is hidden from
 * screen readers: the table after it holds the same figures, all directions.
 */
export function HeatMap({ patterns, direction }: { patterns: Patterns; direction: TagDirection }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { quarter } = useLocale();
  const style = { '--quarters': patterns.quarters.length } as CSSProperties;
  const grid = useRef<HTMLDivElement>(null);
  // Quarters run oldest to newest, left to right. Where they do not all fit (a phone) the grid scrolls
  // sideways: it opens at its right end, on the newest quarter, with the value names kept in view (patterns.css).
  // Where everything fits there is nothing to scroll and this changes nothing.
  useLayoutEffect(() => {
    const element = grid.current;
    if (element) element.scrollLeft = element.scrollWidth - element.clientWidth;
  }, [patterns]);
  return (
    <figure className="heat-figure">
      <div ref={grid} className={`heat-map heat-map--${direction}`} style={style} aria-hidden="true">
        <span className="heat-map__corner" />
        {patterns.quarters.map((q) => (
          <span key={q.quarter} className="heat-map__quarter">
            {quarter(q.quarter)}
          </span>
        ))}
        {patterns.rows.map((row) => (
          <HeatRow
            key={row.valueId}
            name={CORE_VALUES.find((v) => v.id === row.valueId)?.name[language] ?? row.valueId}
            cells={row.cells}
            patterns={patterns}
            direction={direction}
          />
        ))}
      </div>
      <figcaption className="muted">
        {t('patterns.heatMap.figureLabel', { direction: TAG_DIRECTION_LABELS[direction][language].toLocaleLowerCase(language) })}
        <HeatLegend network={patterns.level === 'network'} direction={direction} />
      </figcaption>
    </figure>
  );
}

/**
 * What each shade means. A hatched cell is the one a reader cannot work out alone: zero and one to four look the same
 * on purpose (the API hides both), and it says so. The empty quarter exists on the network level only.
 */
function HeatLegend({ network, direction }: { network: boolean; direction: TagDirection }) {
  const { t } = useTexts();
  const levels: Exclude<HeatLevel, '0'>[] = ['few', '1', '2', '3', ...(network ? (['suppressed'] as const) : [])];
  return (
    <ul className={`heat-legend heat-map--${direction}`} aria-label={t('patterns.heatMap.legend')}>
      {levels.map((level) => (
        <li key={level}>
          <span className="heat-map__cell heat-legend__swatch" data-level={level} aria-hidden="true" />
          {t(`patterns.heatMap.levels.${level}`, { min: MIN_GROUP_SIZE })}
        </li>
      ))}
    </ul>
  );
}

function HeatRow({
  name,
  cells,
  patterns,
  direction,
}: {
  name: string;
  cells: readonly Cell[];
  patterns: Patterns;
  direction: TagDirection;
}) {
  return (
    <>
      <span className="heat-map__label">{name}</span>
      {cells.map((cell, i) => {
        const count = cell[FIELD[direction]];
        const level = heatLevel(count, patterns.quarters[i].suppressed);
        return (
          <span key={patterns.quarters[i].quarter} className="heat-map__cell" data-level={level}>
            {level === 'suppressed' || level === 'few' ? '' : count}
          </span>
        );
      })}
    </>
  );
}

/** The same figures as a table: every value, quarter and direction, with suppressed counts said in words. */
export function HeatTable({ patterns }: { patterns: Patterns }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { quarter } = useLocale();
  const shown = useSmallNumber();
  const count = (value: number | null | undefined, suppressed: boolean) =>
    suppressed ? t('patterns.heatMap.suppressedQuarter') : shown(value);
  return (
    <TableWrap label={t('patterns.heatMap.caption')}>
      <table className="patterns-table">
        <caption>{t('patterns.heatMap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('patterns.heatMap.value')}</th>
            {patterns.quarters.map((q) => (
              <th key={q.quarter} scope="col">
                {quarter(q.quarter)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {patterns.rows.map((row) => (
            <tr key={row.valueId}>
              <th scope="row">{CORE_VALUES.find((v) => v.id === row.valueId)?.name[language] ?? row.valueId}</th>
              {row.cells.map((cell, i) => (
                <td key={patterns.quarters[i].quarter}>
                  {(Object.keys(FIELD) as TagDirection[]).map((direction) => (
                    <div key={direction}>
                      {t('patterns.heatMap.cell', {
                        direction: TAG_DIRECTION_LABELS[direction][language],
                        value: count(cell[FIELD[direction]], patterns.quarters[i].suppressed),
                      })}
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
