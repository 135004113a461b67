// A screen's frame: one focusable h1, an optional lead paragraph, then the content.
import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigatedInPage } from '../lib/router';

export function Page({
  title,
  lead,
  actions,
  children,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After moving between screens, land keyboard and screen-reader users on the new screen's heading.
    if (hasNavigatedInPage()) headingRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1} ref={headingRef}>
            {title}
          </h1>
          {lead ? <p className="lead">{lead}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </div>
  );
}
