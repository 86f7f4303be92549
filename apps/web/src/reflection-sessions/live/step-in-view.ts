/** Where a step sits in the phase strip and how much of the strip is seen, in pixels along the strip. */
export interface StripView {
  /** The step's left edge, measured from the start of the strip's content (not of what is scrolled into view). */
  stepLeft: number;
  stepWidth: number;
  /** The width of the strip as seen on the screen. */
  stripWidth: number;
  /** How far the strip is scrolled now. */
  scrollLeft: number;
}

/**
 * How far to scroll the phase strip so the current step is seen. On a phone the strip is one line that scrolls
 * sideways (sessions.css); without this, in phase 9 of 10 it still showed phases 1 to 3 and nothing marked as now.
 * A step already wholly in view leaves the strip where it is (no jump at every phase); otherwise the step comes to the
 * middle, so the phase before and after it show too. Never before the strip's start.
 */
export function stepInView({ stepLeft, stepWidth, stripWidth, scrollLeft }: StripView): number {
  if (stepLeft >= scrollLeft && stepLeft + stepWidth <= scrollLeft + stripWidth) return scrollLeft;
  return Math.max(0, Math.round(stepLeft + stepWidth / 2 - stripWidth / 2));
}
