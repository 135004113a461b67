// Every form a person can type into, given three bad inputs: each gets a message beside its field and
// nothing is saved, except markup, which may be kept as plain text but is never run.
import type { Locator, Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';

const longText = 'abcdefghij'.repeat(1_000); // exactly 10,000, nothing to trim
const markup = '<img src=x onerror=alert(1)><script>alert(1)</script>';
const farFuture = '9999-12-31';
const week = '2026-03-02'; // a Monday, for the meal plan

const tooLongMessage = /at most [\d,]+ characters; this is 10,000\. Shorten it to save\./;
const outsideYearsMessage = /9999 is outside the years Steadyweek keeps \(1900–2100\); check the year\./;

/** A text field given 10,000 characters; `message` when the field says something other than the length. */
interface LongTextCell {
  field(scope: Locator): Locator;
  message?: RegExp;
}

/** Markup in a text field: kept as text and shown literally (`shownIn`), or refused with `message`. */
type MarkupCell =
  | { field(scope: Locator): Locator; kept: true; shownIn(page: Page): Promise<Locator> }
  | { field(scope: Locator): Locator; kept: false; message: RegExp };

interface FormCase {
  form: string;
  /** The IndexedDB table the form writes. */
  table: string;
  /** Once after onboarding: what the form needs to be on screen (a product before a plan …). */
  prepare?(page: Page): Promise<void>;
  /** Opens the form with every other field valid; returns the form. */
  open(page: Page): Promise<Locator>;
  submit(form: Locator): Promise<void>;
  longText: LongTextCell[];
  markup: MarkupCell | null;
  /** The form's date fields; empty (with the reason beside it) where it has none. */
  dates: ((form: Locator) => Locator)[];
}

/** Every row of `table` as JSON, read straight from the app's IndexedDB. */
async function rowsOf(page: Page, table: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('steadyweek');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return rows.map((row) => JSON.stringify(row));
    } finally {
      db.close();
    }
  }, table);
}

const containing = (rows: string[], text: string) =>
  rows.filter((row) => row.includes(JSON.stringify(text).slice(1, -1)));

async function chooseFood(page: Page, combobox: Locator, query: string, name: string) {
  await combobox.fill(query);
  const options = page.getByRole('listbox', { name: /results$/ }).getByRole('option');
  await expect(options.first()).toBeVisible({ timeout: 15_000 });
  const index = (await options.allTextContents()).findIndex((text) => text.startsWith(`${name}USDA`));
  expect(index, `${name} among the results for "${query}"`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i += 1) await combobox.press('ArrowDown');
  await combobox.press('Enter');
  await expect(combobox).toHaveValue(name);
}

async function openMeals(page: Page) {
  await page.goto(`./#/meals?week=${week}`);
  await expect(page.getByRole('table')).toBeVisible({ timeout: 15_000 });
}

async function addSpinach(page: Page) {
  const form = page.getByRole('form', { name: 'Add to the plan' });
  await chooseFood(
    page,
    form.getByRole('combobox', { name: 'Food', exact: true }),
    'spinach',
    'Spinach, raw',
  );
  await form.getByLabel('Portion').selectOption('grams');
  await form.getByLabel('Grams').fill('100');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Added Spinach, raw')).toBeVisible();
}

/** Everything on a product's label but its name. */
async function fillLabel(product: Locator) {
  await product.getByLabel('Magnesium form').selectOption('glycinate');
  await product.getByLabel(/Serving size/).fill('1');
  await product.getByLabel('Compound per serving (mg)').fill('500');
  await product.getByLabel('Elemental magnesium per serving (mg)').fill('70');
  await product.getByRole('radio', { name: 'Yes' }).check();
  await product.getByLabel(/Stock on hand/).fill('90');
}

async function saveProduct(page: Page) {
  const product = page.getByRole('form', { name: 'Product' });
  await product.getByLabel('Product name').fill('Magtein');
  await fillLabel(product);
  await product.getByRole('button', { name: 'Save product' }).click();
  await expect(page.getByRole('region', { name: 'Your product', exact: true })).toBeVisible();
}

async function answerMedicationCheck(page: Page) {
  await page.goto('./#/supplement');
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByText('you said you take none of the listed medicines')).toBeVisible();
}

async function savePlan(page: Page) {
  const plan = await openPlan(page);
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('region', { name: 'Your plan', exact: true })).toBeVisible();
}

async function openPlan(page: Page) {
  await page.goto('./#/supplement');
  const plan = page.getByRole('form', { name: 'Titration plan' });
  await plan.getByLabel('Start (capsules a day)').fill('1');
  await plan.getByLabel('Target (capsules a day)').fill('2');
  await plan.getByLabel('Step (capsules added or removed)').fill('1');
  await plan.getByLabel('Days per step').fill('7');
  return plan;
}

/** Where kept markup shows once `reach` has opened its screen: as text, or in the element `locate` finds. */
const shownAfter =
  (reach: (page: Page) => Promise<unknown>, locate?: (page: Page) => Locator) => async (page: Page) => {
    await reach(page);
    return locate ? locate(page) : page.getByText(markup, { exact: false }).first();
  };
const shownOn = (route: string, locate?: (page: Page) => Locator) =>
  shownAfter((page) => page.goto(route), locate);

/** The meals week with one of its panels opened by its button. */
async function openMealsPanel(page: Page, button: 'My foods and recipes' | 'Shopping list') {
  await openMeals(page);
  await page.getByRole('button', { name: button }).click();
}

/** A text field given both text inputs: too long is refused, markup is kept and `shownIn` finds it. */
function keptText(field: (form: Locator) => Locator, shownIn: (page: Page) => Promise<Locator>) {
  return { longText: [{ field }], markup: { field, kept: true as const, shownIn } };
}

/** A log of a day lived (a night, a session, a practice, a check-in): a dated form in its own card, with notes. */
function loggedDay(log: {
  form: string;
  table: string;
  route: string;
  heading: string | RegExp;
  dateLabel: string;
  fill(form: Locator): Promise<unknown>;
  submit: string | RegExp;
  notesShownInBox?: boolean;
}): FormCase {
  const card = (page: Page) => page.getByRole('region', { name: log.heading });
  const notes = (form: Locator) => form.getByLabel('Notes');
  return {
    form: log.form,
    table: log.table,
    async open(page) {
      await page.goto(log.route);
      await log.fill(card(page));
      return card(page);
    },
    submit: (form) => form.getByRole('button', { name: log.submit }).click(),
    ...keptText(notes, shownOn(log.route, log.notesShownInBox ? (page) => notes(card(page)) : undefined)),
    dates: [(form) => form.getByLabel(log.dateLabel)],
  };
}

// Forms with no text and no date field, so none of the three inputs applies (named here, not tested):
// - onboarding and the Settings profile form: age band, sex, time zone and week start are selects and radios;
// - the dose log (Supplement, today's doses): a time and a number;
// - the sleep target (Sleep): two times;
// - reminder settings (Settings): checkboxes, times and numbers.
// The shopping list's From/To dates choose what is listed and save nothing.
const forms: FormCase[] = [
  {
    form: 'the routine dialog (Week)',
    table: 'routines',
    async open(page) {
      await page.goto('./#/week');
      await page.getByRole('button', { name: 'Add routine' }).click();
      const dialog = page.getByRole('dialog', { name: 'New routine' });
      await dialog.getByLabel('Name').fill('Magnesium');
      await dialog.getByRole('radio', { name: 'Every day' }).check();
      await dialog.getByRole('textbox', { name: 'Times' }).fill('08:00');
      return dialog;
    },
    submit: (dialog) => dialog.getByRole('button', { name: 'Add routine' }).click(),
    longText: [
      { field: (dialog) => dialog.getByLabel('Name') },
      { field: (dialog) => dialog.getByLabel('Notes') },
    ],
    markup: { field: (dialog) => dialog.getByLabel('Name'), kept: true, shownIn: shownOn('./#/week') },
    dates: [(dialog) => dialog.getByLabel('Starts on'), (dialog) => dialog.getByLabel('Ends on')],
  },
  {
    form: 'the product form (Supplement)',
    table: 'products',
    prepare: answerMedicationCheck,
    async open(page) {
      await page.goto('./#/supplement');
      const product = page.getByRole('form', { name: 'Product' });
      await fillLabel(product);
      return product;
    },
    submit: (product) => product.getByRole('button', { name: 'Save product' }).click(),
    ...keptText(
      (product) => product.getByLabel('Product name'),
      shownOn('./#/supplement', (page) =>
        page.getByRole('region', { name: 'Your product', exact: true }).getByText(markup),
      ),
    ),
    dates: [], // a product has no date
  },
  {
    form: 'the plan form (Supplement)',
    table: 'titrationPlans',
    async prepare(page) {
      await answerMedicationCheck(page);
      await saveProduct(page);
    },
    open: openPlan,
    submit: (plan) => plan.getByRole('button', { name: 'Save plan' }).click(),
    longText: [], // the plan's fields are numbers, times and one date
    markup: null,
    dates: [(plan) => plan.getByLabel('Start date')],
  },
  {
    form: 'the side-effects form (Supplement)',
    table: 'checkins',
    async prepare(page) {
      await answerMedicationCheck(page);
      await saveProduct(page);
      await savePlan(page);
    },
    async open(page) {
      await page.goto('./#/supplement');
      const form = page.getByRole('form', { name: 'Side effects' });
      await form.getByLabel('Other', { exact: true }).selectOption('mild');
      await form.getByLabel('What other effect?').fill('Headache');
      return form;
    },
    submit: (form) => form.getByRole('button', { name: 'Save side effects' }).click(),
    ...keptText(
      (form) => form.getByLabel('What other effect?'),
      shownOn('./#/supplement', (page) =>
        page.getByRole('form', { name: 'Side effects' }).getByLabel('What other effect?'),
      ),
    ),
    dates: [(form) => form.getByLabel('Day')],
  },
  {
    form: 'adding a meal item (Meals)',
    table: 'mealPlan',
    async open(page) {
      await openMeals(page);
      const form = page.getByRole('form', { name: 'Add to the plan' });
      await form.getByLabel('Grams').fill('100');
      return form;
    },
    submit: (form) => form.getByRole('button', { name: 'Add', exact: true }).click(),
    // The food box searches the food list; text that names no food is refused.
    longText: [
      {
        field: (form) => form.getByRole('combobox', { name: 'Food', exact: true }),
        message: /Choose a food from the list/,
      },
    ],
    markup: {
      field: (form) => form.getByRole('combobox', { name: 'Food', exact: true }),
      kept: false,
      message: /Choose a food from the list/,
    },
    dates: [], // the day is a select of the shown week's days (a week named in the address outside 1900–2100 shows this week)
  },
  {
    form: 'the custom-food form (Meals)',
    table: 'customFoods',
    async open(page) {
      await openMealsPanel(page, 'My foods and recipes');
      const form = page.getByRole('form', { name: 'Add your own food' });
      await form.getByLabel('Name', { exact: true }).fill('Granola');
      await form.getByLabel('Energy (kcal per 100 g)').fill('450');
      await form.getByLabel('Magnesium (mg per 100 g)').fill('120');
      return form;
    },
    submit: (form) => form.getByRole('button', { name: 'Save food' }).click(),
    longText: [
      { field: (form) => form.getByLabel('Name', { exact: true }) },
      { field: (form) => form.getByLabel('Portion name (optional)') },
    ],
    markup: keptText(
      (form) => form.getByLabel('Name', { exact: true }),
      shownAfter((page) => openMealsPanel(page, 'My foods and recipes')),
    ).markup,
    dates: [], // a food has no date
  },
  {
    form: 'the recipe form (Meals)',
    table: 'recipes',
    async open(page) {
      await openMealsPanel(page, 'My foods and recipes');
      const form = page.getByRole('form', { name: 'Add a recipe' });
      await form.getByLabel('Recipe name').fill('Green bowl');
      await chooseFood(page, form.getByRole('combobox', { name: 'Ingredient 1' }), 'spinach', 'Spinach, raw');
      await form.getByLabel('Ingredient 1 grams').fill('100');
      return form;
    },
    submit: (form) => form.getByRole('button', { name: 'Save recipe' }).click(),
    ...keptText(
      (form) => form.getByLabel('Recipe name'),
      shownAfter((page) => openMealsPanel(page, 'My foods and recipes')),
    ),
    dates: [], // a recipe has no date
  },
  {
    form: 'the shopping list’s extra item (Meals)',
    table: 'shoppingItems',
    async open(page) {
      await openMealsPanel(page, 'Shopping list');
      return page.getByRole('region', { name: 'Shopping list' });
    },
    submit: (panel) => panel.getByRole('button', { name: 'Add item' }).click(),
    ...keptText(
      (panel) => panel.getByLabel('Add an item by hand'),
      shownAfter((page) => openMealsPanel(page, 'Shopping list')),
    ),
    dates: [], // the item belongs to the list's first day, which the From box chooses without saving it
  },
  {
    form: 'the template name (Meals)',
    table: 'mealTemplates',
    async prepare(page) {
      await openMeals(page);
      await addSpinach(page); // an empty week cannot be a template
    },
    async open(page) {
      await openMeals(page);
      return page.getByRole('region', { name: 'Week tools' });
    },
    submit: (tools) => tools.getByRole('button', { name: 'Save template' }).click(),
    ...keptText(
      (tools) => tools.getByLabel('Save this week as a template'),
      shownAfter(openMeals, (page) =>
        page.getByRole('region', { name: 'Week tools' }).getByLabel('Template', { exact: true }),
      ),
    ),
    dates: [], // a template has no date; it is applied to the shown week
  },
  loggedDay({
    form: 'the sleep log (Sleep)',
    table: 'sleepLogs',
    route: './#/sleep',
    heading: /^(Log last night|Update a night)$/,
    dateLabel: 'Woke up on',
    async fill(form) {
      await form.getByLabel('Bedtime', { exact: true }).fill('23:00');
      await form.getByLabel('Wake time', { exact: true }).fill('07:00');
    },
    submit: /^(Save|Update) night$/,
  }),
  loggedDay({
    form: 'the exercise log (Exercise)',
    table: 'exerciseLogs',
    route: './#/exercise',
    heading: 'Log a session',
    dateLabel: 'Date',
    fill: (form) => form.getByLabel('Minutes').fill('30'),
    submit: 'Log session',
  }),
  loggedDay({
    form: 'the practice log (Stress)',
    table: 'stressLogs',
    route: './#/stress',
    heading: 'Log a practice',
    dateLabel: 'Date',
    async fill(form) {
      await form.getByRole('radio', { name: 'Meditation' }).check();
      await form.getByLabel('Minutes').fill('10');
    },
    submit: 'Log practice',
  }),
  loggedDay({
    form: 'the check-in (Insights)',
    table: 'checkins',
    route: './#/insights',
    heading: /^(Check in|Update your check-in)$/,
    dateLabel: 'Day',
    fill: (form) =>
      form.getByRole('group', { name: 'Mood' }).getByRole('radio', { name: '3', exact: true }).check(),
    submit: 'Save check-in',
    // A check-in's note is shown back in its box, not as text on the page.
    notesShownInBox: true,
  }),
];

/** The test's name: what the form does with each bad input that applies to it. */
function behaviourOf(form: FormCase): string {
  const refused = [
    ...(form.longText.length ? ['10,000 characters'] : []),
    ...(form.dates.length ? ['a far-future date'] : []),
    ...(form.markup && !form.markup.kept ? ['markup'] : []),
  ];
  const said = `refuses ${refused.join(' and ')} with a message beside the field and saves nothing`;
  return form.markup?.kept ? `${said}, and keeps markup as plain text that never runs` : said;
}

/** After a refused input: a message beside the field, and after a reload no row holds the input. */
async function expectRefused(page: Page, table: string, field: Locator, input: string, message: RegExp) {
  const before = await rowsOf(page, table);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const after = await rowsOf(page, table);
  expect(after, `${table} after the refused input`).toHaveLength(before.length);
  expect(containing(after, input), `${table} rows holding the refused input`).toEqual([]);
}

test.describe('bad input in every form', () => {
  const dialogs: string[] = [];

  test.beforeEach(async ({ page }) => {
    dialogs.length = 0;
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await onboard(page);
  });

  test.afterEach(() => {
    expect(dialogs, 'dialogs opened by anything typed').toEqual([]);
  });

  for (const form of forms) {
    test(`${form.form} ${behaviourOf(form)}`, async ({ page, consoleErrors }) => {
      test.setTimeout(90_000);
      await form.prepare?.(page);

      for (const cell of form.longText) {
        const scope = await form.open(page);
        await cell.field(scope).fill(longText);
        await form.submit(scope);
        await expectRefused(page, form.table, cell.field(scope), longText, cell.message ?? tooLongMessage);
      }

      for (const cell of form.dates) {
        const scope = await form.open(page);
        await cell(scope).fill(farFuture);
        await expect(cell(scope), 'Chromium takes the date as typed').toHaveValue(farFuture);
        await form.submit(scope);
        await expectRefused(page, form.table, cell(scope), farFuture, outsideYearsMessage);
      }

      if (form.markup) {
        const scope = await form.open(page);
        const field = form.markup.field(scope);
        await field.fill(markup);
        await form.submit(scope);
        if (form.markup.kept) {
          await expect.poll(async () => containing(await rowsOf(page, form.table), markup)).toHaveLength(1);
          await page.reload();
          const shown = await form.markup.shownIn(page);
          await expect(shown).toBeVisible();
          // What a person sees: a box's value, a select's chosen option, or an element's text.
          const literal = await shown.evaluate((node) =>
            node instanceof HTMLSelectElement
              ? (node.selectedOptions[0]?.textContent ?? '')
              : node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement
                ? node.value
                : (node.textContent ?? ''),
          );
          expect(literal, 'the markup shown as the text typed').toContain(markup);
        } else {
          await expectRefused(page, form.table, form.markup.field(scope), markup, form.markup.message);
        }
        // Nothing was built from the markup: no image, no script, no dialog.
        await expect(page.locator('img[src="x"]')).toHaveCount(0);
        expect(
          await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('alert(1)'))),
        ).toBe(false);
        expect(dialogs).toEqual([]);
      }
      expect(consoleErrors).toEqual([]);
    });
  }
});
