import { describe, expect, it } from 'vitest';
import { formatPackLink } from '../../core/readingRoutes/packLink.js';
import { findLaunchTarget, type LaunchTarget } from './launchArguments.js';

const pack = '{"format":"werkplaats-route-pack","version":2}';
const packLink = formatPackLink(pack)!;

describe('findLaunchTarget', () => {
  it.each<[string[], LaunchTarget | null]>([
    [['/opt/Werkplaats Reader/werkplaats-reader'], null],
    [['/opt/app/werkplaats-reader', 'werkplaats://doc/werkplaats-zwolle#inleiding'], { kind: 'link', link: { docId: 'werkplaats-zwolle', fragment: 'inleiding' } }],
    [['electron', '/src/app', '--no-sandbox', 'werkplaats://doc/a'], { kind: 'link', link: { docId: 'a', fragment: null } }],
    [['C:\\App\\Werkplaats Reader.exe', '--allow-file-access-from-files', 'werkplaats://doc/a/'], { kind: 'link', link: { docId: 'a', fragment: null } }],
    [['app', '/home/an/notities.json'], { kind: 'file', path: '/home/an/notities.json' }],
    [['app', 'C:\\Users\\An\\Export.MD'], { kind: 'file', path: 'C:\\Users\\An\\Export.MD' }],
    [['app', '/home/an/notities.json', 'werkplaats://doc/b'], { kind: 'link', link: { docId: 'b', fragment: null } }],
    [['app', 'werkplaats://doc/%', '/home/an/x.json'], { kind: 'file', path: '/home/an/x.json' }],
    [['app', 'werkplaats://notes/x'], null],
    [['app', 'https://evil.example/x.json'], null],
    [['app', '/home/an/foto.png'], null],
    [['app', '--data=/x.json'], null],
    [['/home/an/notities.json'], null],
    // A reading route carried in a link: its pack comes out whole, and no file is named or read.
    [['app', packLink], { kind: 'pack', file: 'werkplaats://pack', content: pack }],
    [['app', `${packLink.slice(0, -3)}***`, 'werkplaats://doc/c'], { kind: 'link', link: { docId: 'c', fragment: null } }],
  ])('%j → %j', (argv, target) => {
    expect(findLaunchTarget(argv, '/src/app')).toEqual(target);
  });
});
