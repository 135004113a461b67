// Typed IPC wrappers over the shared contract: the only module that touches ipcMain.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { z } from 'zod';
import {
  eventChannels,
  invokeChannels,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokePayload,
  type InvokeResult,
} from '@shared/ipc/contract';

export type InvokeHandler<C extends InvokeChannel> = (
  payload: InvokePayload<C>,
  event: IpcMainInvokeEvent,
) => InvokeResult<C> | Promise<InvokeResult<C>>;

/** Decides whether an IPC message comes from the app's own window. Until one is set, nobody is trusted. */
export type SenderPolicy = (event: IpcMainInvokeEvent) => boolean;

let senderPolicy: SenderPolicy = () => false;

export function setSenderPolicy(policy: SenderPolicy): void {
  senderPolicy = policy;
}

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused "${channel}": the message did not come from the Steadyweek window.`);
    this.name = 'UntrustedSenderError';
  }
}

export class InvalidPayloadError extends Error {
  constructor(channel: string, error: z.ZodError) {
    super(`Refused "${channel}": the payload is malformed. ${z.prettifyError(error)}`);
    this.name = 'InvalidPayloadError';
  }
}

/**
 * Registers the main-side handler of an invoke channel. The handler only runs for a trusted
 * sender and a payload that the channel's schema accepts; otherwise the invoke rejects with a
 * clear error and the handler is not called.
 */
export function handle<C extends InvokeChannel>(channel: C, handler: InvokeHandler<C>): () => void {
  const schema: z.ZodType = invokeChannels[channel].payload;
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!senderPolicy(event)) {
      console.warn(`[ipc] dropped "${channel}" from an untrusted sender`);
      throw new UntrustedSenderError(channel);
    }
    if (args.length > 1) throw new InvalidPayloadError(channel, tooManyArguments(args.length));
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) throw new InvalidPayloadError(channel, parsed.error);
    return handler(parsed.data as InvokePayload<C>, event);
  });
  return () => ipcMain.removeHandler(channel);
}

function tooManyArguments(count: number): z.ZodError {
  return new z.ZodError([
    { code: 'custom', path: [], message: `Expected at most one argument, got ${count}.`, input: count },
  ]);
}

/**
 * Sends an event to a renderer after checking the payload against the contract.
 * Returns false when the page is gone (nothing was sent).
 */
export function send<C extends EventChannel>(
  webContents: WebContents | null | undefined,
  channel: C,
  payload: EventPayload<C>,
): boolean {
  if (!webContents || webContents.isDestroyed()) return false;
  const schema: z.ZodType = eventChannels[channel];
  const data: unknown = schema.parse(payload);
  webContents.send(channel, data);
  return true;
}
