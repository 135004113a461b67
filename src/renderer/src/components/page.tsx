// A screen's frame: one focusable h1, an optional lead paragraph, then the content.
import type { ReactNode } from 'react';

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
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>{title}</h1>
          {lead ? <p className="lead">{lead}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </div>
  );
}
