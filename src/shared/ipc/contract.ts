// The one IPC contract: every channel, its payload schema and its result. Main, preload and renderer are typed from it.
import { z } from 'zod';
import { epochMsSchema, localDateSchema, timeOfDaySchema, timeZoneSchema } from '../dates/local-date';
import { summaryRangeError } from '../insights/summary-range';
import { reminderRuleSchema, type ReminderRule } from '../routines/schedule';
import {
  backupIdSchema,
  backupListSchema,
  backupReasonSchema,
  backupWriteRequestSchema,
  backupWriteResultSchema,
  MAX_TRANSFER_BYTES,
  openFileResultSchema,
  rowMarkerSchema,
  saveFilesRequestSchema,
  saveFilesResultSchema,
  type BackupInfo,
  type BackupReason,
  type BackupWriteResult,
  type OpenFileResult,
  type RowMarker,
  type SavedFile,
  type SaveFilesResult,
} from './data-transfer';
import { MAX_REMINDER_RULES, MAX_SETTLED_KEYS_PER_RULE, MAX_SNOOZED_PER_RULE } from './sync-limits';

export const reminderSettingsSchema = z.object({
  timeZone: timeZoneSchema,
  quietHours: z.object({ start: timeOfDaySchema, end: timeOfDaySchema }).nullable(),
  snoozeMinutes: z.union([z.literal(5), z.literal(10), z.literal(30)]),
  enabled: z.boolean(),
  /** ISO weekday the week starts on, for "N times a week" nudges; Monday when omitted. */
  weekStart: z.union([z.literal(1), z.literal(6), z.literal(7)]).optional(),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

const occurrenceKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'Use a key like 2026-03-29T08:00.');

/** One rule as main accepts it: the routine's rule with the sync's bounds on its lists. */
export const syncedReminderRuleSchema = reminderRuleSchema.extend({
  settledOccurrences: z.array(occurrenceKeySchema).max(MAX_SETTLED_KEYS_PER_RULE),
  snoozed: z
    .array(z.object({ key: occurrenceKeySchema, untilEpochMs: epochMsSchema.nonnegative() }))
    .max(MAX_SNOOZED_PER_RULE)
    .optional(),
});

/** The rules main schedules from, as kept in userData. */
export const reminderRulesPayloadSchema = z.object({
  settings: reminderSettingsSchema,
  rules: z.array(syncedReminderRuleSchema).max(MAX_REMINDER_RULES),
});
export type ReminderRulesPayload = z.infer<typeof reminderRulesPayloadSchema>;

/**
 * What crosses IPC: each rule is checked on its own (splitReminderRules), so one bad routine is
 * refused and named while the others still apply. The count is bounded here.
 */
export const reminderRulesSyncSchema = z.object({
  settings: reminderSettingsSchema,
  rules: z.array(z.unknown()).max(MAX_REMINDER_RULES),
});

export const refusedReminderRuleSchema = z.object({
  routineId: z.string().max(100).nullable(),
  title: z.string().max(200).nullable(),
  /** What is wrong, in words a person can act on. */
  reason: z.string().max(300),
});
export type RefusedReminderRule = z.infer<typeof refusedReminderRuleSchema>;

export const reminderSyncResultSchema = z.object({
  refused: z.array(refusedReminderRuleSchema).max(MAX_REMINDER_RULES),
});
export type ReminderSyncResult = z.infer<typeof reminderSyncResultSchema>;

/** Parses each rule on its own: the valid ones to schedule, and each refused one named with why. */
export function splitReminderRules(rules: readonly unknown[]): {
  rules: ReminderRule[];
  refused: RefusedReminderRule[];
} {
  const accepted: ReminderRule[] = [];
  const refused: RefusedReminderRule[] = [];
  for (const raw of rules) {
    const parsed = syncedReminderRuleSchema.safeParse(raw);
    if (parsed.success) {
      accepted.push(parsed.data);
      continue;
    }
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    refused.push({
      routineId: stringField(raw, 'routineId', 100),
      title: stringField(raw, 'title', 200),
      reason: `${issue?.message ?? 'Not a reminder rule.'}${where}`.slice(0, 300),
    });
  }
  return { rules: accepted, refused };
}

function stringField(raw: unknown, key: string, maxLength: number): string | null {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string' || value.length === 0) return null;
  return value.length > maxLength ? `${value.slice(0, maxLength - 1)}…` : value;
}

/** Identifies one occurrence: routine, local date and planned time. */
export const occurrenceRefSchema = z.object({
  routineId: z.string().min(1).max(100),
  date: localDateSchema,
  plannedTime: timeOfDaySchema.nullable(),
});
export type OccurrenceRef = z.infer<typeof occurrenceRefSchema>;

export const reminderActionSchema = z.object({
  /** Unique per action, so the renderer can acknowledge it and main can drop it from the outbox. */
  actionId: z.string().min(1).max(100),
  occurrence: occurrenceRefSchema,
  action: z.enum(['done', 'snooze']),
  snoozeMinutes: z.number().int().min(1).max(240).nullable(),
  atEpochMs: epochMsSchema.nonnegative(),
});
export type ReminderAction = z.infer<typeof reminderActionSchema>;

export const traySummarySchema = z.object({
  doneCount: z.number().int().min(0).max(1000),
  totalCount: z.number().int().min(0).max(1000),
  due: z
    .array(
      z.object({
        occurrence: occurrenceRefSchema,
        title: z.string().min(1).max(200),
        overdue: z.boolean(),
      }),
    )
    .max(50),
  nextReminder: z.object({ title: z.string().max(200), atEpochMs: epochMsSchema }).nullable(),
});
export type TraySummary = z.infer<typeof traySummarySchema>;

/** Which print view to render: a week of meals, or the doctor's-visit summary for a range of days. */
export const printPageSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('meals-week'),
    /** First day of the week to print. */
    week: localDateSchema,
  }),
  z
    .strictObject({
      kind: z.literal('doctor-summary'),
      /** First and last day covered, inclusive. */
      from: localDateSchema,
      to: localDateSchema,
    })
    .superRefine((r, ctx) => {
      const error = summaryRangeError(r.from, r.to);
      if (error) ctx.addIssue({ code: 'custom', message: error, path: ['to'] });
    }),
]);
export type PrintPageRequest = z.infer<typeof printPageSchema>;

export const printRequestSchema = z.strictObject({
  page: printPageSchema,
  target: z.enum(['printer', 'pdf']),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

export const printResultSchema = z.object({
  status: z.enum(['printed', 'saved', 'cancelled', 'failed']),
  path: z.string().nullable(),
  message: z.string().nullable(),
});
export type PrintResult = z.infer<typeof printResultSchema>;

/** Until when reminders are paused (null: they run); within the Date range, so every clock can show it. */
export const pauseRequestSchema = z.object({ untilEpochMs: epochMsSchema.nonnegative().nullable() });

export const desktopSettingsSchema = z.object({ openAtLogin: z.boolean(), closeToTray: z.boolean() });
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

export const externalUrlSchema = z.string().max(2048);

export const navigateSchema = z.object({
  route: z
    .string()
    .regex(/^#\/[\w\-/?=&.%]*$/)
    .max(300),
});

export const reminderBannerSchema = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(2000),
  /** Where "Open" goes, e.g. `#/today?item=…`. */
  route: navigateSchema.shape.route.nullable(),
  /** The occurrence it is about, so the banner can offer Done and Snooze; absent for grouped notices. */
  occurrence: occurrenceRefSchema.nullable().optional(),
});
export type ReminderBanner = z.infer<typeof reminderBannerSchema>;

const none = z.undefined();

/**
 * Renderer → main requests (`ipcRenderer.invoke` / `ipcMain.handle`).
 * Each entry: the payload schema and the result type.
 */
export const invokeChannels = {
  /** The renderer has loaded and subscribed; main delivers queued reminder actions. */
  'app:renderer-ready': { payload: none, result: z.void() },
  /** The renderer finished flushing its writes after `app:flush-request`; main may quit. */
  'app:flush-done': { payload: none, result: z.void() },
  /** Replace the reminder rules and settings main schedules from; answers which rules it refused. */
  'reminders:set-rules': { payload: reminderRulesSyncSchema, result: reminderSyncResultSchema },
  /** Pause all reminders until an instant, or resume with null. */
  'reminders:pause': { payload: pauseRequestSchema, result: z.void() },
  /** Until when reminders are paused (null: not paused), so Settings can say so after a restart. */
  'reminders:get-pause': { payload: none, result: pauseRequestSchema },
  /** The renderer recorded a reminder action in Dexie; main drops it from the outbox. */
  'reminder:ack-action': { payload: z.string().min(1).max(100), result: z.void() },
  /** Today's progress and due items, for the tray tooltip and menu. */
  'tray:set-summary': { payload: traySummarySchema, result: z.void() },
  /** Print a print view (a week's meals and shopping, or the doctor's-visit summary), or save it as PDF. */
  'print:page': { payload: printRequestSchema, result: printResultSchema },
  /** Open an https link in the system browser (anything else is refused). */
  'shell:open-external': { payload: externalUrlSchema, result: z.boolean() },
  /** Launch at login (hidden in the tray) and whether closing the window hides it to the tray. */
  'settings:set-desktop': { payload: desktopSettingsSchema, result: z.void() },
  /** Save exported files: a save dialog for one, a folder dialog for several; each written to a temp file, flushed, renamed. */
  'data:save-files': { payload: saveFilesRequestSchema, result: saveFilesResultSchema },
  /** Pick a file to import (open dialog in main; at most 50 MB); its bytes come back undecoded. */
  'data:open-file': { payload: none, result: openFileResultSchema },
  /** Write an automatic backup to userData/backups (a daily one is skipped when today's exists). */
  'backups:write': { payload: backupWriteRequestSchema, result: backupWriteResultSchema },
  /** The backups kept, newest first, each with its envelope for the preview. */
  'backups:list': { payload: none, result: backupListSchema },
  /** One backup's whole text, for a restore. */
  'backups:read': { payload: backupIdSchema, result: z.string().max(MAX_TRANSFER_BYTES) },
  /** The backups to take now: `daily` when today has none, `new-version` on the first start of a version. */
  'backups:due': { payload: none, result: z.array(backupReasonSchema).max(5) },
  /** The last known row counts, kept outside IndexedDB (null before any were set). */
  'backups:get-marker': { payload: none, result: rowMarkerSchema.nullable() },
  /** Keep the row counts after writes settle, so an emptied database is noticed at the next start. */
  'backups:set-marker': { payload: rowMarkerSchema, result: z.void() },
} as const;

/** Main → renderer events (`webContents.send` / `ipcRenderer.on`). */
export const eventChannels = {
  /** Done or Snooze chosen from the tray or a notification. */
  'reminder:action': reminderActionSchema,
  /** Main is about to quit: flush pending writes, then invoke `app:flush-done`. */
  'app:flush-request': none,
  /** Show a route, e.g. Today at an item after a notification click. */
  'app:navigate': navigateSchema,
  /** A reminder shown as an in-app banner, where the system has no notifications. */
  'reminder:banner': reminderBannerSchema,
  /** The pause in force changed (from the tray, Settings or its end), so Settings shows it live. */
  'reminders:pause-changed': pauseRequestSchema,
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type InvokePayload<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['payload']>;
export type InvokeResult<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['result']>;
export type EventPayload<C extends EventChannel> = z.infer<(typeof eventChannels)[C]>;

/** Preload API: one named function per channel. Subscriptions return an unsubscribe function. */
export interface SteadyweekApi {
  rendererReady(): Promise<void>;
  flushDone(): Promise<void>;
  setReminderRules(payload: ReminderRulesPayload): Promise<ReminderSyncResult>;
  pauseReminders(untilEpochMs: number | null): Promise<void>;
  getReminderPause(): Promise<{ untilEpochMs: number | null }>;
  ackReminderAction(actionId: string): Promise<void>;
  setTraySummary(summary: TraySummary): Promise<void>;
  printPage(request: PrintRequest): Promise<PrintResult>;
  openExternal(url: string): Promise<boolean>;
  setDesktopSettings(settings: DesktopSettings): Promise<void>;
  saveFiles(files: SavedFile[]): Promise<SaveFilesResult>;
  openFile(): Promise<OpenFileResult>;
  writeBackup(reason: BackupReason, text: string): Promise<BackupWriteResult>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(id: string): Promise<string>;
  dueBackups(): Promise<BackupReason[]>;
  getRowMarker(): Promise<RowMarker | null>;
  setRowMarker(marker: RowMarker): Promise<void>;
  onReminderAction(listener: (action: ReminderAction) => void): () => void;
  onFlushRequest(listener: () => void): () => void;
  onNavigate(listener: (route: string) => void): () => void;
  onReminderBanner(listener: (banner: ReminderBanner) => void): () => void;
  onReminderPauseChanged(listener: (untilEpochMs: number | null) => void): () => void;
}

export { API_GLOBAL } from './api-global';
