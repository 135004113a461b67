// Draws its charts when they come near the viewport, or earlier in the idle time after the first paint, one
// block per idle slice: twelve charts drawn at once were one 1–3 s task that froze the screen on arrival.
// A block's code is loaded before it is drawn and drawn without Suspense: React reveals suspended content in
// batches, which had every block drawn in one task again.
import { useEffect, useRef, useState, type ComponentType } from 'react';

/** Blocks waiting for idle time, in the order they were shown (top of the page first). */
const waiting: (() => Promise<void>)[] = [];
let pumping = false;

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 500 })
    : setTimeout(run, 16);

/**
 * Resolves once a block's charts have had the frames they need: recharts draws a chart only after its
 * container is measured (a ResizeObserver callback in the next frame), so releasing the next block sooner
 * would have every chart drawn in the same task again. A hidden window has no frames, hence the timer.
 */
const afterTwoFrames = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 250);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });

/** Releases one waiting block per idle slice, so each block's drawing is a task of its own. */
function pump() {
  if (pumping) return;
  pumping = true;
  whenIdle(function next() {
    void (waiting.shift()?.() ?? Promise.resolve()).finally(() => {
      if (waiting.length > 0) whenIdle(next);
      else pumping = false;
    });
  });
}

export function DrawWhenSeen<P extends object>({
  load,
  props,
  minHeight,
  label,
}: {
  /** The charts' module (a dynamic import), loaded before they are drawn. */
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  /** About the drawn height, so the page does not jump when the charts arrive. */
  minHeight: number;
  /** Said while waiting ("the sleep charts"). */
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [charts, setCharts] = useState<{ Charts: ComponentType<P> } | 'failed' | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (charts || !element) return;
    let released: Promise<void> | null = null;
    const release = () =>
      (released ??= load().then(
        (module) => {
          setCharts({ Charts: module.default });
          return afterTwoFrames();
        },
        () => setCharts('failed'),
      ));
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              if (entries.some((e) => e.isIntersecting)) void release();
            },
            { rootMargin: '200px 0px' },
          )
        : null;
    observer?.observe(element);
    waiting.push(release);
    pump();
    return () => {
      observer?.disconnect();
      const index = waiting.indexOf(release);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, [charts, load]);
  if (charts === 'failed') {
    return (
      <p role="alert">{`${label[0]!.toUpperCase()}${label.slice(1)} could not be drawn; the tables below have every figure.`}</p>
    );
  }
  if (charts) return <charts.Charts {...props} />;
  return (
    <div ref={ref} style={{ minHeight }} data-chart-pending="">
      <p role="status">Drawing {label}…</p>
    </div>
  );
}
