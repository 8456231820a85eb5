/** Why: the CLI and the web host say start-up notices on stderr in the user's language, chosen one way for both. */
import type { NoticeLanguage } from '../../common/startupNotice.js';
import type { ParsedArguments } from './parseArguments.js';

/** The language for stderr: `--language nl|en`, else the system's (`LC_ALL`, `LC_MESSAGES`, `LANG`); Dutch unless that is English. */
export function cliLanguage(parsed: ParsedArguments, environment: NodeJS.ProcessEnv = process.env): NoticeLanguage {
  const chosen = parsed.flags.get('language');
  if (chosen === 'nl' || chosen === 'en') return chosen;
  const system = environment.LC_ALL || environment.LC_MESSAGES || environment.LANG || '';
  return /^en([_.@-]|$)/i.test(system) ? 'en' : 'nl';
}
