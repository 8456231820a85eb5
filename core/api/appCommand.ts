/** Commands the desktop shell sends to the page (menu items, a link or file handed over by a second launch), checked on arrival. */
import { z } from 'zod';

/** Name of the one IPC channel on which the main process sends commands to the page. */
export const appCommandChannel = 'werkplaats:command';

const shortText = z.string().min(1).max(200);

/** Every command the shell may send; the page ignores names it does not handle yet. */
export const appCommandSchema = z.discriminatedUnion('name', [
  /** Open search (Ctrl+K). */
  z.object({ name: z.literal('search') }).strict(),
  /** Find in the open document (Ctrl+F). */
  z.object({ name: z.literal('find') }).strict(),
  /** Open the export dialog. */
  z.object({ name: z.literal('export') }).strict(),
  /** Import; `path` is a file handed over by a second launch or the OS, else null (ask the user). */
  z.object({ name: z.literal('import'), path: z.string().min(1).max(4096).nullable() }).strict(),
  /** Show the keyboard help overlay. */
  z.object({ name: z.literal('help') }).strict(),
  /** Open a deep link: the document, at the annotation or section the fragment names. */
  z.object({ name: z.literal('open-link'), docId: shortText, fragment: shortText.nullable() }).strict(),
]);

export type AppCommand = z.infer<typeof appCommandSchema>;
export type AppCommandName = AppCommand['name'];

/** The command in `value`, or null for anything that is not exactly one. */
export function parseAppCommand(value: unknown): AppCommand | null {
  const parsed = appCommandSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
