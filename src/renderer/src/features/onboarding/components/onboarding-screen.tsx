// First run: the life stage and preferences behind every target, and the disclaimer, accepted once.
import { useState } from 'react';
import { Disclaimer } from '../../../components/disclaimer';
import { ImportData } from '../../../components/import-data';
import {
  ProfileForm,
  profileFieldErrors,
  profileInputFromValues,
  valuesFromProfile,
  type ProfileFormValues,
} from '../../../components/profile-form';
import { ValidationError } from '../../../data/validation';
import { useCompleteOnboarding } from '../../../data/profile/profile-queries';

export function OnboardingScreen() {
  const complete = useCompleteOnboarding();
  const [accepted, setAccepted] = useState(false);
  const [errors, setErrors] = useState<
    Partial<Record<keyof ProfileFormValues | 'form' | 'disclaimer', string>>
  >({});

  const submit = (values: ProfileFormValues) => {
    if (!accepted) {
      setErrors({
        disclaimer: 'Please read the note above and tick the box to continue. Nothing was saved yet.',
      });
      return;
    }
    setErrors({});
    complete.mutate(profileInputFromValues(values), {
      onSuccess: () => {
        window.location.hash = '#/today';
      },
      onError: (error) =>
        setErrors(
          error instanceof ValidationError
            ? { ...profileFieldErrors(error.fieldErrors), form: error.message }
            : { form: `Could not save your answers: ${error.message}. Nothing was saved; please try again.` },
        ),
    });
  };

  return (
    <main className="onboarding" id="main">
      <h1>Welcome to Steadyweek</h1>
      <p className="lead">
        A few questions set your magnesium targets and your week. You can change every answer later in
        Settings.
      </p>
      <ProfileForm
        initial={valuesFromProfile(null)}
        submitLabel="Start planning"
        errors={errors}
        busy={complete.isPending}
        onSubmit={submit}
        beforeSubmit={
          <section className="card" aria-labelledby="disclaimer-heading">
            <h2 id="disclaimer-heading">Before you start</h2>
            <Disclaimer />
            <label className="choice">
              <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />I
              have read this: Steadyweek is not medical advice.
            </label>
            {errors.disclaimer ? (
              <p className="field-error" role="alert">
                {errors.disclaimer}
              </p>
            ) : null}
          </section>
        }
      />
      <section className="card" aria-labelledby="restore-heading">
        <h2 id="restore-heading">Coming back?</h2>
        <p className="muted">
          If you have a Steadyweek file (an export or a downloaded backup), import it instead of answering
          again.
        </p>
        <ImportData initialMode="replace" />
      </section>
    </main>
  );
}
