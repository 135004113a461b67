// A read that failed: said plainly, with nothing lost, instead of a loading note that never ends.
export function ReadFailed({ what }: { what: string }) {
  return (
    <p className="card form-error" role="alert">
      Steadyweek could not read {what}. Nothing was changed and your data is kept; reopening the app usually
      helps.
    </p>
  );
}
