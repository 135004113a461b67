// Text fields held to the bounds, each message saying the limit and how far over the text is.
import { z } from 'zod';
import { maxNameChars, maxNotesChars, maxShortTextChars, maxTitleChars } from './bounds';

const count = (n: number) => n.toLocaleString('en-US');

/** Text of at most `max` characters; one-line text is trimmed first, and `required` is the message when it is empty. */
function boundedText(what: string, max: number, line: { required?: string } | null) {
  const typed = z.string({ error: line?.required ?? `${what} must be text.` });
  const trimmed = line ? typed.trim() : typed;
  const filled = line?.required ? trimmed.min(1, line.required) : trimmed;
  return filled.max(max, {
    error: (issue) =>
      `${what} can be at most ${count(max)} characters; this is ${count(String(issue.input).length)}. Shorten it to save.`,
  });
}

/** Free-text notes; may be empty. */
export const notesSchema = boundedText('Notes', maxNotesChars, null);

/** A routine's title; `required` says what to type when it is empty. */
export const titleSchema = (required: string) => boundedText('A title', maxTitleChars, { required });

/** A product, food, recipe or template name; `required` says what to type when it is empty. */
export const nameSchema = (required: string) => boundedText('A name', maxNameChars, { required });

/** One line of short text (a portion, another side effect, a shopping item). */
export const shortTextSchema = (required?: string) => boundedText('This', maxShortTextChars, { required });
