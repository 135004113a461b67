// Draws its charts when they come near the viewport, or earlier in the idle time after the first paint, one
// block per idle slice: twelve charts drawn at once were one 1–3 s task that froze the screen on arrival.
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Blocks waiting for idle time, in the order they were shown (top of the page first). */
const waiting: (() => void)[] = [];
let pumping = false;

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 500 })
    : setTimeout(run, 16);

/** Releases one waiting block per idle slice, so each block's drawing is a task of its own. */
function pump() {
  if (pumping) return;
  pumping = true;
  whenIdle(function next() {
    waiting.shift()?.();
    if (waiting.length > 0) whenIdle(next);
    else pumping = false;
  });
}

export function DrawWhenSeen({
  minHeight,
  label,
  children,
}: {
  /** About the drawn height, so the page does not jump when the charts arrive. */
  minHeight: number;
  /** Said while waiting ("the sleep charts"). */
  label: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [draw, setDraw] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (draw || !element) return;
    const release = () => setDraw(true);
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              if (entries.some((e) => e.isIntersecting)) release();
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
  }, [draw]);
  if (draw) return <>{children}</>;
  return (
    <div ref={ref} style={{ minHeight }} data-chart-pending="">
      <p role="status">Drawing {label}…</p>
    </div>
  );
}
