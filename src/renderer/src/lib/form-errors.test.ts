import { describe, expect, it } from 'vitest';
import { ValidationError } from '../data/validation';
import { formErrorsFrom } from './form-errors';

describe('formErrorsFrom', () => {
  it('puts each field message beside its field and the summary on the form', () => {
    const error = new ValidationError('Some values need fixing; nothing was saved.', {
      minutes: 'At least 1 minute.',
    });
    expect(formErrorsFrom(error, 'Nothing was changed.')).toEqual({
      minutes: 'At least 1 minute.',
      form: 'Some values need fixing; nothing was saved.',
    });
  });

  it('says what failed and what was kept when the save itself failed', () => {
    expect(formErrorsFrom(new Error('QuotaExceededError'), 'Nothing was changed.')).toEqual({
      form: 'Could not save: QuotaExceededError. Nothing was changed.',
    });
  });
});
