/** Reading routes in the browser: a teacher builds, reorders (keyboard and mouse) and hands out a route, with or without their annotations; a student imports it (picker or drop), follows it and answers. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { openApp } from './appPage.js';
import { api, phraseIn, selectRange } from './notesHelpers.js';
import type { Page } from '@playwright/test';
import { expect, test } from './webHostFixture.js';

test('a teacher builds a three-step route, a student with a fresh data folder imports it, follows it and answers', async ({ page, host, otherHost, browser }, testInfo) => {
  await openApp(page, host.url, '#/routes');
  await page.getByTestId('route-new-title').fill('Mantelzorg in twee regio’s');
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mantelzorg in twee regio’s' })).toBeVisible();

  const addStep = page.getByTestId('route-add-step');
  // Step 1: a section of Flevoland, with a task and a question.
  await addStep.getByTestId('route-add-document').selectOption('werkplaats-flevoland');
  await expect(addStep.getByTestId('route-add-section').locator('option')).not.toHaveCount(1);
  await addStep.getByTestId('route-add-section').selectOption({ index: 1 });
  await addStep.locator('.ProseMirror').fill('Lees hoe de Werkplaats begon.');
  await addStep.getByTestId('route-add-questions').fill('Wie werken hier samen?');
  await addStep.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByTestId('route-step')).toHaveCount(1);
  // Step 2: a passage of Zwolle by quote, with a question.
  await addStep.getByTestId('route-add-document').selectOption('werkplaats-regio-zwolle');
  await addStep.getByTestId('route-add-section').selectOption({ index: 0 });
  const zwolle = await page.evaluate(async () => {
    const response = await fetch('api/getDocument', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'werkplaats-regio-zwolle' }) });
    const { value } = await response.json();
    const block = value.sections[0].blocks[0];
    return value.text.slice(block.start, block.start + 80) as string;
  });
  await addStep.getByTestId('route-add-quote').fill(zwolle);
  await addStep.getByTestId('route-add-questions').fill('Wat valt je op aan deze aanpak?');
  await addStep.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByTestId('route-step')).toHaveCount(2);
  // Step 3: the whole Zwolle document (the form keeps the chosen document), then moved up by keyboard.
  await expect(addStep.getByTestId('route-add-document')).toHaveValue('werkplaats-regio-zwolle');
  await addStep.getByTestId('route-add-quote').fill('');
  await addStep.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByTestId('route-step')).toHaveCount(3);
  await page.getByTestId('route-step').nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'Stap 3 staat nu op plaats 2.' })).toBeAttached();
  await expect(page.getByTestId('route-step').nth(1)).toHaveAttribute('aria-label', /Werkplaats Sociaal Domein Zwolle$/);
  await expect(page.getByTestId('route-coverage')).toContainText('2 documenten');

  // The picture for the README: the route's head, its map and the first steps.
  await page.getByTestId('route-mini-map').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.screenshot({ path: testInfo.outputPath('route-editor.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('route-export-pack').click();
  const download = await downloadPromise;
  const packPath = testInfo.outputPath('route.json');
  await download.saveAs(packPath);
  expect(JSON.parse(readFileSync(packPath, 'utf8'))).toMatchObject({ format: 'werkplaats-leesroute', route: { title: 'Mantelzorg in twee regio’s' } });

  // The student: another browser context, another data folder.
  const student = await (await browser.newContext()).newPage();
  await openApp(student, otherHost.url, '#/routes');
  await expect(student.getByText('Nog geen leesroutes.')).toBeVisible();
  await student.getByTestId('route-import-file').setInputFiles(packPath);
  await expect(student.getByTestId('route-import-preview')).toContainText('3 stappen');
  await student.getByRole('button', { name: 'Inlezen', exact: true }).click();
  await expect(student.getByTestId('route-card')).toContainText('Mantelzorg in twee regio’s');
  await student.getByRole('link', { name: 'Volgen' }).click();

  await expect(student.getByText('Stap 1 van 3')).toBeVisible();
  await expect(student.getByText('Wie werken hier samen?')).toBeVisible();
  await student.getByTestId('follow-answer').locator('.ProseMirror').fill('De hogeschool, gemeenten en zorgaanbieders.');
  await expect(student.getByTestId('follow-answer').getByText('Opgeslagen')).toBeVisible();
  await student.getByTestId('follow-read').check();
  await student.getByTestId('follow-next').click();
  await student.getByTestId('follow-next').click();
  await expect(student.getByText('Stap 3 van 3')).toBeVisible();
  await expect(student.locator('mark.text-mark--passage').first()).toContainText(zwolle.slice(0, 30));
  await student.getByTestId('follow-answer').locator('.ProseMirror').fill('Ze werken wijkgericht.');
  await expect(student.getByTestId('follow-answer').getByText('Opgeslagen')).toBeVisible();
  await expect(student.getByTestId('follow-progress')).toContainText('1 van 3 stappen gelezen, 2 van 2 vragen beantwoord');

  await student.screenshot({ path: testInfo.outputPath('route-follow.png') });
  // The hand-in: questions, the quoted passage and the answers, in the file the student saves.
  const handIn = student.getByTestId('route-handout-answers');
  await handIn.getByRole('combobox').selectOption('md');
  const answersDownload = student.waitForEvent('download');
  await handIn.getByRole('button', { name: 'Antwoorden inleveren' }).click();
  const answersPath = testInfo.outputPath('antwoorden.md');
  await (await answersDownload).saveAs(answersPath);
  const answers = readFileSync(answersPath, 'utf8');
  expect(answers).toContain('Wie werken hier samen?');
  expect(answers).toContain('Wat valt je op aan deze aanpak?');
  expect(answers).toContain('De hogeschool, gemeenten en zorgaanbieders.');
  expect(answers).toContain('Ze werken wijkgericht.');
  expect(answers).toContain(zwolle.slice(0, 30));

  // Answers survive a reload, as private notes do.
  await student.reload();
  await expect(student.getByTestId('follow-answer').locator('.ProseMirror')).toContainText('Ze werken wijkgericht.');
});

test('"Voeg toe aan leesroute" from a selection, a section heading and a theme passage builds one route in that order', async ({ page, host }) => {
  const docId = 'werkplaats-flevoland';
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);

  // 1. A selection in the text, into a new route.
  const phrase = await phraseIn(page, 1, 5);
  await selectRange(page, phrase.start, phrase.end);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Passage toevoegen aan leesroute' }).click();
  const menu = page.getByTestId('route-menu');
  await menu.getByRole('menuitem', { name: 'Nieuwe leesroute…' }).click();
  await menu.getByRole('textbox', { name: 'Titel' }).fill('Samenwerken in Flevoland');
  await menu.getByRole('button', { name: 'Maken en toevoegen' }).click();
  await expect(page.getByTestId('route-status')).toContainText('Toegevoegd aan “Samenwerken in Flevoland” — stap 1');
  await expect(menu).toBeHidden();

  // 2. A section, from the button under its heading, by keyboard: Enter opens the menu on the newest route, Enter adds.
  const heading = (await page.locator('.doc-section__heading').first().textContent())!.trim();
  const sectionButton = page.getByRole('button', { name: `Sectie “${heading}” toevoegen aan leesroute` });
  await sectionButton.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await expect(menu.getByRole('menuitem').first()).toContainText('Samenwerken in Flevoland');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Nieuwe leesroute…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(sectionButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('route-status')).toContainText('Toegevoegd aan “Samenwerken in Flevoland” — stap 2');

  // 3. A passage on a theme page.
  await openApp(page, host.url, '#/theme/informal-care');
  const themePassage = page.getByTestId('theme-passage').first();
  await themePassage.getByRole('button', { name: 'Passage toevoegen aan leesroute' }).click();
  await menu.getByRole('menuitem', { name: /Samenwerken in Flevoland/ }).click();
  await expect(page.getByTestId('route-status')).toContainText('Toegevoegd aan “Samenwerken in Flevoland” — stap 3');
  const theme = await api<{ passages: { docId: string; start: number; end: number }[] }>(page, 'getTheme', { id: 'informal-care' });
  const first = theme.passages[0]!;
  const themeText = (await api<{ text: string }>(page, 'getDocument', { id: first.docId })).text.slice(first.start, first.end);

  // The route, opened from the confirmation: three steps in the order they were added, each pointing where it was added from.
  await page.getByTestId('route-status').getByRole('link', { name: 'Leesroute openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerken in Flevoland' })).toBeVisible();
  const steps = page.getByTestId('route-step');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0).locator('.route-step__quote')).toHaveText(phrase.text);
  await expect(steps.nth(1)).toHaveAttribute('aria-label', new RegExp(`^Stap 2 van 3: .+ › ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(steps.nth(1).locator('.route-step__quote')).toHaveCount(0);
  await expect(steps.nth(2).locator('.route-step__quote')).toContainText(themeText.replace(/\s+/g, ' ').trim().slice(0, 60));
  const routes = await api<{ id: string }[]>(page, 'listRoutes', {});
  const { route } = await api<{ route: { steps: { target: { kind: string; docId?: string; sectionId?: string; selectors?: { type: string; start?: number; end?: number }[] } }[] } }>(page, 'getRoute', { id: routes[0]!.id });
  expect(route.steps.map(({ target }) => [target.kind, target.docId])).toEqual([
    ['passage', docId],
    ['section', docId],
    ['passage', first.docId],
  ]);
  expect(route.steps[0]!.target.selectors).toContainEqual({ type: 'TextPositionSelector', start: phrase.start, end: phrase.end });
  expect(route.steps[2]!.target.selectors).toContainEqual({ type: 'TextPositionSelector', start: first.start, end: first.end });
});

test('a search hit goes to a reading route from the palette, by pointer or by keyboard, and Escape closes only the menu', async ({ page, host }) => {
  await openApp(page, host.url);
  await api(page, 'createRoute', { title: 'Wijkteams' });
  await page.keyboard.press('Control+k');
  const dialog = page.getByTestId('search-dialog');
  await page.getByTestId('search-input').fill('jeugd');
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', 'jeugd');
  const hitsShown = page.getByTestId('search-hit');
  await expect(hitsShown.nth(2)).toBeVisible();

  // By pointer: the "+" on the second hit opens the menu inside the dialog; Escape closes the menu, not the dialog.
  await hitsShown.nth(1).hover();
  await hitsShown.nth(1).getByTestId('add-to-route-mark').click();
  const menu = dialog.getByTestId('route-menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('search-input')).toBeFocused();

  // By keyboard: the chosen hit (the third, one arrow key on) through the button above the list.
  await page.keyboard.press('ArrowDown');
  await expect(hitsShown.nth(2)).toHaveAttribute('aria-selected', 'true');
  const snippet = (await hitsShown.nth(2).locator('.search-hit__snippet').textContent())!;
  await dialog.getByRole('button', { name: 'Gekozen treffer toevoegen aan leesroute' }).focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: /Wijkteams/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('route-status')).toContainText('Toegevoegd aan “Wijkteams” — stap 1');
  await expect(dialog).toBeVisible();

  // The step holds the chosen hit's passage: its text contains the snippet shown (between the "…" cuts).
  const [route] = await api<{ id: string }[]>(page, 'listRoutes', {});
  const { route: saved } = await api<{ route: { steps: { target: { kind: string; docId: string; selectors: { type: string; start?: number; end?: number }[] } }[] } }>(page, 'getRoute', { id: route!.id });
  const target = saved.steps[0]!.target;
  const position = target.selectors.find((selector) => selector.type === 'TextPositionSelector')!;
  const text = (await api<{ text: string }>(page, 'getDocument', { id: target.docId })).text.slice(position.start, position.end);
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const shown = snippet.split('…').map(squash).sort((a, b) => b.length - a.length)[0]!;
  expect(target.kind).toBe('passage');
  expect(squash(text)).toContain(shown);
});

test('the whole document goes into a route from the top of the reader, and a "Zie ook" card after it', async ({ page, host }) => {
  const docId = 'werkplaats-regio-zwolle';
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page, host.url);
  await api(page, 'createRoute', { title: 'Zwolle' });
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);
  const documentButton = page.getByRole('button', { name: 'Hele document toevoegen aan leesroute' });
  await expect(documentButton).toHaveCount(1);
  await documentButton.click();
  await page.getByTestId('route-menu').getByRole('menuitem', { name: /Zwolle/ }).click();
  await expect(page.getByTestId('route-status')).toContainText('Toegevoegd aan “Zwolle” — stap 1');

  await page.getByRole('tab', { name: /Zie ook/ }).click();
  const card = page.locator('.related').first();
  const cardDocId = await card.getByTestId('see-also-item').getAttribute('data-doc-id');
  await card.getByRole('button', { name: 'Passage toevoegen aan leesroute' }).click();
  await page.getByTestId('route-menu').getByRole('menuitem', { name: /Zwolle/ }).click();
  await expect(page.getByTestId('route-status')).toContainText('Toegevoegd aan “Zwolle” — stap 2');

  const [route] = await api<{ id: string }[]>(page, 'listRoutes', {});
  const { route: saved } = await api<{ route: { steps: { target: { kind: string; docId: string } }[] } }>(page, 'getRoute', { id: route!.id });
  expect(saved.steps[0]!.target).toEqual({ kind: 'document', docId });
  expect(saved.steps[1]!.target).toMatchObject({ kind: 'passage', docId: cardDocId });
});

test('a teacher drags a step to another place with the mouse, sees where it will land, hears the result and finds it kept after a reload', async ({ page, host }) => {
  await openApp(page, host.url, '#/routes');
  const route = await api<{ id: string }>(page, 'createRoute', { title: 'Slepen' });
  for (const docId of ['werkplaats-flevoland', 'werkplaats-regio-zwolle', 'werkplaats-noord-holland']) {
    await api(page, 'addRouteStep', { routeId: route.id, target: { kind: 'document', docId } });
  }
  await page.goto(`${host.url}#/route/${route.id}`);
  const steps = page.getByTestId('route-step');
  await expect(steps).toHaveCount(3);
  const labels = await steps.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')!.replace(/^Stap \d van 3: /, '')));

  // Drag the first step by its handle to below the last one (once the page around it has settled).
  await expect(page.getByTestId('route-mini-map')).toBeVisible();
  await steps.nth(2).scrollIntoViewIfNeeded();
  const handle = steps.first().getByTestId('route-step-handle');
  const from = (await handle.boundingBox())!;
  const last = (await steps.nth(2).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, last.y + last.height * 0.8, { steps: 8 });
  await expect(page.getByTestId('route-drop-indicator')).toHaveCount(1);
  await expect(steps.nth(2).getByTestId('route-drop-indicator')).toHaveClass(/route-drop--after/);
  await page.mouse.up();

  await expect(page.getByRole('status').filter({ hasText: 'Stap 1 staat nu op plaats 3.' })).toBeAttached();
  await expect(page.getByTestId('route-drop-indicator')).toHaveCount(0);
  const expected = [labels[1], labels[2], labels[0]];
  const order = () => steps.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')!.replace(/^Stap \d van 3: /, '')));
  await expect.poll(order).toEqual(expected);
  await page.reload();
  await expect(steps).toHaveCount(3);
  await expect.poll(order).toEqual(expected);
  // The small theme map draws the path in the new order, and says it in words.
  await expect(page.getByTestId('route-mini-map').locator('figcaption')).toContainText('De route op de themakaart: 1 Zwolle → 2 Noord-Holland → 3 Flevoland.');
});

test('the route’s small theme map lights the themes and Werkplaatsen it covers, with the same in words', async ({ page, host }) => {
  await openApp(page, host.url, '#/routes');
  const route = await api<{ id: string }>(page, 'createRoute', { title: 'Kaartje' });
  const flevoland = await api<{ sections: { id: string; heading: string | null }[] }>(page, 'getDocument', { id: 'werkplaats-flevoland' });
  const sections = flevoland.sections.filter((section) => section.heading !== null);
  for (const section of sections) await api(page, 'addRouteStep', { routeId: route.id, target: { kind: 'section', docId: 'werkplaats-flevoland', sectionId: section.id } });
  await page.goto(`${host.url}#/route/${route.id}`);
  const map = page.getByTestId('route-mini-map');
  await expect(map.getByRole('img')).toBeVisible();
  const caption = map.locator('figcaption');
  await expect(caption).toContainText(/Raakt \d+ van de \d+ thema’s: /);
  await expect(map.getByRole('img')).toHaveAccessibleName(await caption.innerText());
  // Every lit cell is in a theme the chips name; none lies outside the one Werkplaats the route reads.
  const lit = map.locator('rect[data-state="lit"]');
  expect(await lit.count()).toBeGreaterThan(0);
  const chips = await page.locator('.route-coverage__chips .route-chip:not(.route-chip--document)').allInnerTexts();
  for (const chip of chips) await expect(caption).toContainText(chip);
  // A row per Werkplaats: every lit cell lies in the one row of the Werkplaats the route reads.
  const rows = await lit.evaluateAll((cells) => new Set(cells.map((cell) => cell.getAttribute('y'))).size);
  expect(rows).toBe(1);
  // The editor with its map, drag handles and export options passes axe.
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

/** A DataTransfer in the page holding one file, as the OS hands a dropped file to the page. */
function fileTransfer(page: Page, name: string, content: string) {
  return page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/json' }));
      return data;
    },
    [name, content] as const,
  );
}

test('a pack with the teacher’s annotations, dropped on the routes view, arrives as a layer beside the student’s own; dropped on the library, it goes to the pack import', async ({ page, host, otherHost, browser }, testInfo) => {
  await openApp(page, host.url, '#/routes');
  const route = await api<{ id: string }>(page, 'createRoute', { title: 'Met de aantekeningen van de docent' });
  await api(page, 'addRouteStep', { routeId: route.id, target: { kind: 'document', docId: 'werkplaats-flevoland' } });
  const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Let op wie hier samenwerkt.' }] }] };
  await api(page, 'createAnnotation', { docId: 'werkplaats-flevoland', start: 20, end: 60, color: 1, note });
  await page.goto(`${host.url}#/route/${route.id}`);
  await page.getByRole('textbox', { name: 'Je naam in het pakket' }).fill('Docent Jansen');
  await page.getByTestId('route-export-annotations').check();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('route-export-pack').click();
  const packPath = testInfo.outputPath('route-met-aantekeningen.json');
  await (await downloadPromise).saveAs(packPath);
  const content = readFileSync(packPath, 'utf8');
  expect(JSON.parse(content)).toMatchObject({ formatVersion: 2, annotations: [{ 'werkplaats:color': 1 }] });
  await expect(page.getByRole('status').filter({ hasText: 'Pakket opgeslagen, met 1 aantekening.' })).toBeAttached();

  // The student has a highlight of their own on the same document.
  const student = await (await browser.newContext()).newPage();
  await openApp(student, otherHost.url, '#/routes');
  const own = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mijn eigen gedachte.' }] }] };
  await api(student, 'createAnnotation', { docId: 'werkplaats-flevoland', start: 30, end: 70, color: 3, note: own });
  const ownBefore = await api<unknown[]>(student, 'listAnnotations', {});

  const transfer = await fileTransfer(student, 'route-met-aantekeningen.json', content);
  await student.getByTestId('routes-page').dispatchEvent('dragover', { dataTransfer: transfer });
  await student.getByTestId('routes-page').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(student.getByTestId('route-import-layer')).toHaveText('Met 1 aantekening van de docent, in een eigen laag “Docent Jansen — Met de aantekeningen van de docent”. Je eigen aantekeningen blijven zoals ze zijn.');
  await student.getByRole('button', { name: 'Inlezen', exact: true }).click();
  await expect(student.getByTestId('routes-message')).toContainText('de aantekeningen van de docent staan in de laag “Docent Jansen — Met de aantekeningen van de docent”');
  await expect(student.getByTestId('route-card')).toContainText('Met de aantekeningen van de docent');
  expect(await api<unknown[]>(student, 'listAnnotations', {})).toEqual(ownBefore);
  const layers = await api<{ name: string; annotationCount: number; file: string }[]>(student, 'listLayers', {});
  expect(layers).toMatchObject([{ name: 'Docent Jansen — Met de aantekeningen van de docent', annotationCount: 1, file: 'route-met-aantekeningen.json' }]);

  // The library knows a pack when it sees one: dropped there, it opens the routes view's preview, not the notes import.
  await student.goto(`${otherHost.url}#/`);
  await expect(student.getByTestId('layers')).toContainText('Docent Jansen — Met de aantekeningen van de docent');
  const again = await fileTransfer(student, 'route-met-aantekeningen.json', content);
  await student.getByTestId('import-area').dispatchEvent('dragover', { dataTransfer: again });
  await student.getByTestId('import-area').dispatchEvent('drop', { dataTransfer: again });
  await expect(student).toHaveURL(/#\/routes$/);
  await expect(student.getByTestId('route-import-preview')).toContainText('deze versie heb je al');
});

test('a teacher hands a route over as one werkplaats://pack/ link; a student pastes it, previews and imports it, and a cut-off link is refused with its reason', async ({ page, host, otherHost, browser }) => {
  await openApp(page, host.url, '#/routes');
  const route = await api<{ id: string }>(page, 'createRoute', { title: 'Via een link' });
  await api(page, 'addRouteStep', { routeId: route.id, target: { kind: 'document', docId: 'werkplaats-flevoland' } });
  await api(page, 'addRouteStep', { routeId: route.id, target: { kind: 'theme', themeId: 'informal-care' } });
  await page.goto(`${host.url}#/route/${route.id}`);
  await page.getByRole('textbox', { name: 'Je naam in het pakket' }).fill('Docent Jansen');
  await page.getByTestId('route-share-link').click();
  const field = page.getByTestId('route-share-link-field');
  await expect(field).toHaveValue(/^werkplaats:\/\/pack\/[A-Za-z0-9_-]+$/);
  const link = await field.inputValue();
  // Selected at once, so Ctrl+C copies it even where the page may not use the clipboard.
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(link.length);

  const student = await (await browser.newContext()).newPage();
  await openApp(student, otherHost.url, '#/routes');
  await student.getByRole('textbox', { name: 'Of plak een leesroute-link' }).fill(link.slice(0, 60));
  await student.getByRole('button', { name: 'Openen' }).click();
  await expect(student.getByTestId('routes-message')).toContainText('beschadigd of onvolledig');
  await expect(student.getByTestId('route-import-preview')).toHaveCount(0);
  expect(await api<unknown[]>(student, 'listRoutes', {})).toEqual([]);

  await student.getByRole('textbox', { name: 'Of plak een leesroute-link' }).fill(link);
  await student.getByRole('button', { name: 'Openen' }).click();
  await expect(student.getByTestId('route-import-preview')).toContainText('2 stappen');
  await student.getByRole('button', { name: 'Inlezen', exact: true }).click();
  await expect(student.getByTestId('route-card')).toContainText('Via een link');
  expect(await api<{ title: string; origin: { name: string } }[]>(student, 'listRoutes', {})).toMatchObject([{ title: 'Via een link', origin: { name: 'Docent Jansen' } }]);
});

test('a route made on the routes page is in the reader’s "Voeg toe" menu at once, without a reload', async ({ page, host }) => {
  await openApp(page, host.url, '#/doc/werkplaats-regio-zwolle');
  // The menu's route list is read once (and cached) before the new route exists.
  await page.getByRole('button', { name: 'Hele document toevoegen aan leesroute' }).click();
  await expect(page.getByTestId('route-menu').getByRole('menuitem', { name: 'Nieuwe leesroute…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.evaluate(() => (location.hash = '#/routes'));
  await page.getByTestId('route-new-title').fill('Net gemaakt');
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page).toHaveURL(/#\/route\//);
  await page.evaluate(() => (location.hash = '#/doc/werkplaats-regio-zwolle'));
  await page.getByRole('button', { name: 'Hele document toevoegen aan leesroute' }).click();
  await expect(page.getByTestId('route-menu').getByRole('menuitem', { name: /Net gemaakt/ })).toBeVisible();
});

test('a step added from the reader gets its task and questions in the route editor, by keyboard', async ({ page, host }) => {
  await openApp(page, host.url, '#/routes');
  const route = await api<{ id: string }>(page, 'createRoute', { title: 'Aanvullen' });
  await api(page, 'addRouteStep', { routeId: route.id, target: { kind: 'document', docId: 'werkplaats-flevoland' } });
  await page.goto(`${host.url}#/route/${route.id}`);
  const edit = page.getByRole('button', { name: 'Opdracht en vragen van stap 1 bewerken' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const form = page.getByTestId('route-step-editor');
  await expect(form).toBeVisible();
  await expect(form.getByTestId('route-step-instruction').locator('[contenteditable="true"]')).toBeFocused();
  await page.keyboard.type('Lees het profiel en noteer de partners.');
  await form.getByTestId('route-step-questions').fill('Wie doet mee?\nWat levert het op?');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
  await expect(edit).toBeFocused();
  const step = page.getByTestId('route-step').first();
  await expect(step).toContainText('Lees het profiel en noteer de partners.');
  await expect(step.locator('.route-step__questions li')).toHaveText(['Wie doet mee?', 'Wat levert het op?']);
  const saved = await api<{ route: { steps: { instruction: unknown; questions: { promptText: string }[] }[] } }>(page, 'getRoute', { id: route.id });
  expect(saved.route.steps[0]!.questions.map((question) => question.promptText)).toEqual(['Wie doet mee?', 'Wat levert het op?']);

  // Escape closes the form unsaved and stays in the route.
  await edit.press('Enter');
  await expect(form).toBeVisible();
  await page.keyboard.type(' Extra.');
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#/route/${route.id}$`));
  await expect(step).not.toContainText('Extra.');
});

test('beside the reader, the Leesroute tab shows the route being built, and its steps move and go from there', async ({ page, host }) => {
  const docId = 'werkplaats-regio-zwolle';
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page, host.url);
  const route = await api<{ id: string }>(page, 'createRoute', { title: 'Naast de tekst' });
  await openApp(page, host.url, `#/doc/${docId}`);
  await page.getByRole('tab', { name: /Leesroute/ }).click();
  const panel = page.getByTestId('route-panel');
  await expect(panel).toContainText('Nog geen stappen');
  await page.getByRole('button', { name: 'Hele document toevoegen aan leesroute' }).click();
  await page.getByTestId('route-menu').getByRole('menuitem', { name: /Naast de tekst/ }).click();
  const heading = page.locator('.doc-section__heading').nth(1);
  await heading.scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: new RegExp(`Sectie “${await heading.innerText()}” toevoegen aan leesroute`) }).click();
  await page.getByTestId('route-menu').getByRole('menuitem', { name: /Naast de tekst/ }).click();
  await expect(panel.getByTestId('route-panel-step')).toHaveCount(2);
  await expect(panel.getByTestId('route-panel-step').nth(1)).toContainText('›');

  await panel.getByRole('button', { name: 'Stap 2 omhoog' }).click();
  await expect(panel.getByTestId('route-panel-step').first()).toContainText('›');
  const moved = await api<{ route: { steps: { target: { kind: string } }[] } }>(page, 'getRoute', { id: route.id });
  expect(moved.route.steps.map((step) => step.target.kind)).toEqual(['section', 'document']);
  await panel.getByRole('button', { name: 'Stap 1 verwijderen' }).click();
  await expect(panel.getByTestId('route-panel-step')).toHaveCount(1);
  await expect(panel.getByRole('link', { name: 'Openen in de route-editor' })).toHaveAttribute('href', `#/route/${route.id}`);
});
