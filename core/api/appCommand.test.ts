import { describe, expect, it } from 'vitest';
import { parseAppCommand } from './appCommand.js';

describe('parseAppCommand', () => {
  it.each([
    [{ name: 'search' }],
    [{ name: 'find' }],
    [{ name: 'export' }],
    [{ name: 'help' }],
    [{ name: 'import', path: null }],
    [{ name: 'import', path: '/home/an/notities.json' }],
    [{ name: 'open-link', docId: 'werkplaats-zwolle', fragment: 'inleiding' }],
    [{ name: 'open-link', docId: 'werkplaats-zwolle', fragment: null }],
    [{ name: 'open-route-pack', file: 'leesroute.json', content: '{"format":"werkplaats-leesroute"}' }],
  ])('accepts %j', (command) => {
    expect(parseAppCommand(command)).toEqual(command);
  });

  it.each([
    [null],
    ['search'],
    [{}],
    [{ name: 'quit' }],
    [{ name: 'search', extra: true }],
    [{ name: 'open-link', docId: '', fragment: null }],
    [{ name: 'open-link', docId: 'a' }],
    [{ name: 'import', path: 42 }],
    [{ name: '__proto__' }],
    [{ name: 'open-route-pack', file: 'leesroute.json' }],
    [{ name: 'open-route-pack', file: '', content: '{}' }],
    [{ name: 'open-route-pack', file: 'x.json', content: '{}', path: '/etc/passwd' }],
    [{ name: 'open-route-pack', file: 'x.json', content: 'x'.repeat(8 * 1024 * 1024 + 1) }],
  ])('refuses %j', (value) => {
    expect(parseAppCommand(value)).toBeNull();
  });
});
