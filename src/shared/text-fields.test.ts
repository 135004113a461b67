import { describe, expect, it } from 'vitest';
import { nameSchema, notesSchema, shortTextSchema, titleSchema } from './text-fields';

const over = (max: string, length: string, what: string) =>
  `${what} can be at most ${max} characters; this is ${length}. Shorten it to save.`;

describe('bounded text fields', () => {
  it.each([
    // [field, schema, input, message or null]
    ['notes', notesSchema, 'a'.repeat(5000), null],
    ['notes', notesSchema, 'a'.repeat(5001), over('5,000', '5,001', 'Notes')],
    ['notes', notesSchema, '', null],
    ['title', titleSchema('Give the routine a name.'), 'a'.repeat(200), null],
    ['title', titleSchema('Give the routine a name.'), 'a'.repeat(201), over('200', '201', 'A title')],
    ['title', titleSchema('Give the routine a name.'), '   ', 'Give the routine a name.'],
    ['name', nameSchema('Give the food a name.'), 'a'.repeat(120), null],
    ['name', nameSchema('Give the food a name.'), 'a'.repeat(121), over('120', '121', 'A name')],
    ['name', nameSchema('Give the food a name.'), ` ${'a'.repeat(120)} `, null], // spaces are trimmed first
    ['name', nameSchema('Give the food a name.'), 42, 'Give the food a name.'],
    ['short text', shortTextSchema(), 'a'.repeat(200), null],
    ['short text', shortTextSchema(), 'a'.repeat(201), over('200', '201', 'This')],
    ['short text', shortTextSchema(), '', null],
    ['short text', shortTextSchema('Type the item to add.'), '', 'Type the item to add.'],
    ['notes', notesSchema, '<script>alert(1)</script>', null], // kept as text; React escapes it
  ])('%s %j → %s', (_field, schema, input, message) => {
    const issues = schema.safeParse(input).error?.issues ?? [];
    expect(issues.length === 0 ? null : issues.map((issue) => issue.message).join(' | ')).toBe(message);
  });
});
