/** Lets a view act on a command from the desktop app's menu or a later launch; in a browser no command ever comes. */
import { useEffect, useRef } from 'react';
import type { AppCommand, AppCommandName } from '../../core/api/appCommand.js';

type CommandOf<Name extends AppCommandName> = Extract<AppCommand, { name: Name }>;

/** Runs `handler` for each command named `name`; other commands are left to their own listeners, unknown ones to none. */
export function useAppCommand<Name extends AppCommandName>(name: Name, handler: (command: CommandOf<Name>) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const bridge = window.werkplaats;
    if (!bridge?.onCommand) return;
    return bridge.onCommand((command) => {
      if (command.name === name) latest.current(command as CommandOf<Name>);
    });
  }, [name]);
}
