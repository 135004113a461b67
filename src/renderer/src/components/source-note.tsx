// A visible "Source" line under a figure, so every number can be traced.
import type { ReactNode } from 'react';

export function SourceNote({ children }: { children: ReactNode }) {
  return (
    <p className="source-note">
      <span className="source-label">Source:</span> {children}
    </p>
  );
}
