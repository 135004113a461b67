// Turns a failed save into messages for a form: one beside each bad field, and one for the form.
import { ValidationError } from '../data/validation';

/** `kept` tells the person what is still safe, e.g. "Nothing was changed." */
export function formErrorsFrom(error: Error, kept: string): Record<string, string> {
  return error instanceof ValidationError
    ? { ...error.fieldErrors, form: error.message }
    : { form: `Could not save: ${error.message}. ${kept}` };
}
