/**
 * Opening, keeping, restoring and removing a reader's study (src/own/ownStudies.ts), with an
 * in-memory keeper in place of IndexedDB. A failure never changes what is already open.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fileTextOf,
  openKeptStudies,
  openStudyFile,
  openStudyFromFragment,
  openStudyText,
  removeOwnStudy,
  shareLinkOf,
} from '../../src/own/ownStudies';
import { memoryKeeper, setStudyKeeper, type StudyKeeper } from '../../src/own/storage';
import {
  findStudy,
  originOf,
  sourceById,
  sourceOrigin,
  studyIds,
  studyLabel,
  unregisterStudy,
} from '../../src/data/studies';
import { citeSource } from '../../src/components/ChartFigure';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { FICTIONAL_FILE_TEXT } from '../fixtures/fictionalStudy';
import { fileProblemText } from '../../src/messages/fileProblems';
import { ensureCatalog } from '../../src/messages/i18n';

beforeAll(() => ensureCatalog('en', 'own'));

let keeper: StudyKeeper;

beforeEach(() => {
  keeper = memoryKeeper();
  setStudyKeeper(keeper);
  resetExplorerStore();
});
afterEach(() => {
  unregisterStudy('fictional-2030');
  unregisterStudy('second-2031');
  setStudyKeeper(null);
});

const second = () => {
  const file = JSON.parse(FICTIONAL_FILE_TEXT) as Record<string, unknown> & {
    sources: { citation?: string }[];
  };
  file.id = 'second-2031';
  file.shortName = 'Second 2031';
  delete file.sources[0]!.citation;
  return JSON.stringify(file);
};

describe('openStudyText', () => {
  it('registers the study as the reader’s, marked, with its sources kept apart', async () => {
    const result = await openStudyText(FICTIONAL_FILE_TEXT);
    expect(result).toMatchObject({ ok: true, id: 'fictional-2030', kept: true, replaced: false });
    expect(originOf('fictional-2030')).toBe('user');
    const study = findStudy('fictional-2030')!;
    expect(studyLabel(study)).toBe('Fictional et al. 2030 (your study)');
    expect(study.flow.enrolled.value).toBe(40);
    // Two readers' files may use the same source id: each gets its own.
    expect(study.question.sourceId).toBe('own:fictional-2030:fictional-source');
    expect(sourceById(study.question.sourceId).label).toBe('Fictional 2030');
    expect(sourceOrigin(study.question.sourceId)).toBe('user');
    expect((await keeper.all()).map(([key]) => key)).toEqual(['fictional-2030']);
  });

  it('a bad file changes nothing that is open', async () => {
    await openStudyText(FICTIONAL_FILE_TEXT);
    const before = studyIds();
    const result = await openStudyText('{"schemaVersion": 2}');
    expect(result.ok).toBe(false);
    expect(studyIds()).toEqual(before);
    expect(findStudy('fictional-2030')!.flow.enrolled.value).toBe(40);
  });

  it('a file over 1 MB is refused before it is read', async () => {
    const file = new File(['x'.repeat(1024 * 1024 + 1)], 'big.json');
    file.text = () => Promise.reject(new Error('should not be read'));
    const result = await openStudyFile(file);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: '(root)', code: 'tooLarge', values: { size: 1024 * 1024 + 1, max: 1024 * 1024 } },
      ],
    });
    expect(result.ok ? [] : result.problems.map(fileProblemText)).toEqual([
      '(root): the file is 1.0 MB; a study file may be at most 1.0 MB',
    ]);
  });

  it('exports cite the file’s own citation, or say "user-supplied study"', async () => {
    await openStudyText(FICTIONAL_FILE_TEXT);
    await openStudyText(second());
    const cited = sourceById(findStudy('fictional-2030')!.question.sourceId);
    expect(citeSource(cited, 'paper')).toBe(
      'Fictional 2030 (paper), Fictional A, Example B. A fictional crossover trial, made up for tests and the template; not a real study. 2030.',
    );
    const uncited = sourceById(findStudy('second-2031')!.question.sourceId);
    expect(citeSource(uncited, 'paper')).toBe('Fictional 2030 (paper), user-supplied study');
  });
});

describe('kept studies', () => {
  it('are opened at start; damaged records are removed and reported by key and path', async () => {
    setStudyKeeper(
      (keeper = memoryKeeper([
        ['fictional-2030', { id: 'fictional-2030', text: FICTIONAL_FILE_TEXT, savedAt: 1 }],
        ['broken', { id: 'broken', text: '{"schemaVersion": 2, "id": "broken"', savedAt: 1 }],
        ['odd', 42],
        ['renamed', { id: 'renamed', text: second(), savedAt: 1 }],
      ])),
    );
    const { opened, problems } = await openKeptStudies();
    expect(opened).toEqual(['fictional-2030']);
    expect(problems.map(fileProblemText)).toEqual([
      expect.stringMatching(/^"broken": \(root\): not valid JSON/),
      '"odd": (record): not a kept study file',
      '"renamed": id: kept as "renamed" but the file says "second-2031"',
    ]);
    expect(findStudy('second-2031')).toBeUndefined();
    expect((await keeper.all()).map(([key]) => key)).toEqual(['fictional-2030']);
  });

  it('remove closes the study, forgets it, and puts the picker back on a built-in study', async () => {
    await openStudyText(FICTIONAL_FILE_TEXT);
    useExplorerStore.getState().setStudy('fictional-2030');
    const sourceId = findStudy('fictional-2030')!.question.sourceId;
    await removeOwnStudy('fictional-2030');
    expect(findStudy('fictional-2030')).toBeUndefined();
    expect(() => sourceById(sourceId)).toThrow();
    expect(await keeper.all()).toEqual([]);
    expect(useExplorerStore.getState().study).toBe('hess-2024');
  });
});

describe('links', () => {
  it('a shared link opens the same study (the file round-trips exactly)', async () => {
    await openStudyText(FICTIONAL_FILE_TEXT);
    const link = await shareLinkOf('fictional-2030');
    const fileBefore = fileTextOf('fictional-2030');
    unregisterStudy('fictional-2030');
    const result = await openStudyFromFragment(new URL(link.url).hash);
    expect(result).toMatchObject({ ok: true, id: 'fictional-2030' });
    expect(fileTextOf('fictional-2030')).toBe(fileBefore);
    expect(JSON.parse(fileBefore)).toEqual(JSON.parse(FICTIONAL_FILE_TEXT));
  });

  it('a hand-edited fragment gives a message naming #own', async () => {
    const result = await openStudyFromFragment('#own=1.not*base64');
    expect(result).toEqual({ ok: false, problems: [{ path: '#own', code: 'linkCharacters' }] });
    expect(result?.ok === false && fileProblemText(result.problems[0]!)).toMatch(
      /^#own: the part after “#own=1\.” has characters/,
    );
    expect(await openStudyFromFragment('#some-figure')).toBeNull();
  });
});
