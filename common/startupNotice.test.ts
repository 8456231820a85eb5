import { describe, expect, it } from 'vitest';
import { describeStartupNotice, describeStartupNoticeForCli, formatNoticeTime, isStartupNotice, type StartupNotice } from './startupNotice.js';

const counts = { annotations: 0, notes: 0, positions: 0, other: 0 };
const recovered: StartupNotice = {
  code: 'data-recovered',
  params: {
    file: 'werkplaats-reader.json.corrupt-2026-11-23T10-00-00-000Z',
    backupFile: 'werkplaats-reader-2026-11-21T10-00-00-000Z.json',
    backupTime: '2026-11-21T10:00:00.000Z',
    annotations: 2,
    notes: 1,
    positions: 0,
    unreadableParts: 1,
    unreadableCharacters: 1234,
    quarantineFile: 'werkplaats-reader.quarantine-2026-11-23T10-00-00-000Z.json',
  },
  folder: '/home/anna/.config/Werkplaats Reader',
};

describe('describeStartupNotice', () => {
  it('says when the restored backup was made in local time, in the locale, never as a UTC ISO string', () => {
    const amsterdam = { timeZone: 'Europe/Amsterdam' };
    const dutch = describeStartupNotice(recovered, 'nl', amsterdam);
    const english = describeStartupNotice(recovered, 'en', amsterdam);
    expect(dutch).toContain('De meest recente goede reservekopie, van 21 november 2026 om 11:00, is teruggezet.');
    expect(english).toContain('The most recent good backup, from 21 November 2026 at 11:00, was restored.');
    for (const sentence of [dutch, english]) {
      expect(sentence).not.toContain('2026-11-21T10');
      expect(sentence).not.toContain('/home/anna');
    }
  });

  it('counts what was taken back and what was lost, with numbers in the locale', () => {
    expect(describeStartupNotice(recovered, 'nl')).toContain('zijn daarbij 2 aantekeningen en 1 notitie gehaald die nieuwer waren');
    expect(describeStartupNotice(recovered, 'nl')).toContain('1 stuk (1.234 tekens) kon niet worden gelezen; ze staan in werkplaats-reader.quarantine-');
    expect(describeStartupNotice(recovered, 'en')).toContain('2 annotations and 1 note that were newer were taken from the damaged file');
    expect(describeStartupNotice(recovered, 'en')).toContain('1 piece (1,234 characters) could not be read');
  });

  it('says there was no backup when there was none', () => {
    const none: StartupNotice = { ...recovered, params: { ...recovered.params, backupFile: '', backupTime: '', unreadableParts: 0 } } as StartupNotice;
    expect(describeStartupNotice(none, 'nl')).toContain('Er was geen reservekopie.');
    expect(describeStartupNotice(none, 'en')).toContain('There was no backup.');
  });

  it.each<[StartupNotice, string, string]>([
    [
      { code: 'records-set-apart', params: { ...counts, positions: 1, other: 1, file: 'q.json' } },
      '1 leespositie en 1 ander onderdeel konden niet worden gelezen en zijn apart gezet in q.json; al het andere is gewoon geladen.',
      '1 reading position and 1 other item could not be read and were set apart in q.json; everything else loaded as usual.',
    ],
    [
      { code: 'records-skipped', params: { ...counts, annotations: 2500, file: 'werkplaats-reader.json' } },
      '2.500 aantekeningen in werkplaats-reader.json konden niet worden gelezen en worden hier overgeslagen; het bestand blijft ongewijzigd tot de app ze apart zet.',
      '2,500 annotations in werkplaats-reader.json could not be read and are skipped here; the file stays as it is until the app sets them apart.',
    ],
    [
      { code: 'records-cleaned', params: { ...counts, notes: 1, file: '' } },
      '1 notitie bevatte opmaak die de app niet toont en is opgeschoond.',
      '1 note held formatting the app does not show and was cleaned up.',
    ],
    [
      { code: 'opened-elsewhere', params: { host: '', pid: 4242 } },
      'Werkplaats Reader heeft je gegevens al open in een ander venster of proces (proces 4242). Hier worden ze alleen gelezen, zodat geen van beide de wijzigingen van de ander overschrijft.',
      "Werkplaats Reader already has your data open in another window or process (process 4242). Here it is only read, so that neither overwrites the other's changes.",
    ],
    [
      { code: 'opened-elsewhere', params: { host: 'laptop-anna', pid: 0 } },
      'Werkplaats Reader heeft je gegevens al open in een ander venster of proces op computer laptop-anna. Hier worden ze alleen gelezen, zodat geen van beide de wijzigingen van de ander overschrijft.',
      "Werkplaats Reader already has your data open in another window or process on computer laptop-anna. Here it is only read, so that neither overwrites the other's changes.",
    ],
    [
      { code: 'reading-positions-recovered', params: { file: 'reading-state.json.corrupt-1', count: 3 } },
      'Je leesposities waren beschadigd. Het bestand is bewaard als reading-state.json.corrupt-1; 3 leesposities zijn eruit teruggehaald.',
      'Your reading positions were damaged. The file was kept as reading-state.json.corrupt-1; 3 reading positions were recovered from it.',
    ],
    [{ code: 'newer-version', params: {} }, 'Je gegevens zijn gemaakt met een nieuwere versie van Werkplaats Reader. Ze worden alleen gelezen; werk de app bij om weer te kunnen opslaan.', 'Your data was made by a newer version of Werkplaats Reader. It is only read; update the app to save again.'],
    [{ code: 'data-damaged-read-only', params: {} }, 'Je gegevensbestand is beschadigd. Open Werkplaats Reader om het te herstellen vanuit een reservekopie.', 'Your data file is damaged. Open Werkplaats Reader to restore it from a backup.'],
    [{ code: 'reading-positions-skipped', params: {} }, 'Je leesposities zijn beschadigd en worden hier overgeslagen.', 'Your reading positions are damaged and are skipped here.'],
    [{ code: 'lock-folder-moved', params: { file: 'werkplaats-reader.lock.stray-1' } }, 'Op de plaats van het schrijfslot stond een map; die is verplaatst naar werkplaats-reader.lock.stray-1.', 'A folder stood where the writer lock belongs; it was moved to werkplaats-reader.lock.stray-1.'],
    [
      { code: 'imported-pages-damaged', params: { file: 'eigen-documenten.json' } },
      'Het bestand met je eigen documenten (eigen-documenten.json) is beschadigd; het is niet aangeraakt en je eigen documenten worden niet getoond.',
      'The file of your own documents (eigen-documenten.json) is damaged; it was not touched and your own documents are not shown.',
    ],
  ])('says %j in Dutch and in English', (notice, dutch, english) => {
    expect(describeStartupNotice(notice, 'nl')).toBe(dutch);
    expect(describeStartupNotice(notice, 'en')).toBe(english);
  });

  it('adds the folder only on the command line', () => {
    expect(describeStartupNoticeForCli(recovered, 'nl')).toMatch(/\(map: \/home\/anna\/\.config\/Werkplaats Reader\)$/);
    expect(describeStartupNoticeForCli(recovered, 'en')).toMatch(/\(folder: \/home\/anna\/\.config\/Werkplaats Reader\)$/);
    expect(describeStartupNoticeForCli({ code: 'newer-version', params: {} }, 'en')).not.toMatch(/folder/);
  });
});

describe('formatNoticeTime', () => {
  it('leaves a time it cannot read as it is', () => {
    expect(formatNoticeTime('gisteren', 'nl')).toBe('gisteren');
  });
});

describe('isStartupNotice', () => {
  it('knows its own codes and nothing else', () => {
    expect(isStartupNotice({ code: 'newer-version', params: {} })).toBe(true);
    expect(isStartupNotice({ code: 'toString', params: {} })).toBe(false);
    expect(isStartupNotice('Je gegevens zijn beschadigd.')).toBe(false);
  });
});
