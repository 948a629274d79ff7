import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage, readsAsOtherLanguage } from './language.ts';

const fixture = (name: string): string => fs.readFileSync(new URL(`../../tests/fixtures/lang/${name}`, import.meta.url), 'utf8');

/** Written for this test: a short Polish news paragraph (a language we have no word lists for). */
const POLISH =
  'Rada miasta zdecydowała we wtorek, że nowy most na Wiśle zostanie otwarty dopiero jesienią. ' +
  'Według urzędników opóźnienie wynika z problemów z dostawą stali, a wykonawca zapłaci karę. ' +
  'Mieszkańcy dzielnicy mówią, że czekają na tę inwestycję od ponad dziesięciu lat.';

describe('primaryLanguage', () => {
  it.each([
    ['en-GB', 'en'],
    ['FR', 'fr'],
    ['pt_BR', 'pt'],
    [' de ', 'de'],
    ['und', undefined],
    ['', undefined],
    [undefined, undefined],
    ['x-klingon', undefined],
  ])('%j → %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});

describe('detectLanguage on news text', () => {
  it.each([
    ['fr.txt', 'fr', 'French'],
    ['de.txt', 'de', 'German'],
    ['es.txt', 'es', 'Spanish'],
    ['ru.txt', 'ru', 'Russian'],
  ])('%s is %s whatever the page declares', (file, lang, name) => {
    const text = fixture(file);
    for (const declared of [undefined, lang, 'en', 'en-US']) {
      const guess = detectLanguage(text, declared);
      expect(guess).toMatchObject({ lang, name, supported: false });
      expect(guess.source).toBe(declared === lang ? 'text+attribute' : 'text');
      expect(guess.confidence).toBeGreaterThan(0.6);
    }
  });

  it('an English article that quotes French, German and Spanish is English, even on a page that says "fr"', () => {
    const text = fixture('en-mixed.txt');
    expect(detectLanguage(text)).toMatchObject({ lang: 'en', supported: true, source: 'text' });
    expect(detectLanguage(text, 'fr')).toMatchObject({ lang: 'en', supported: true, source: 'text' });
    expect(detectLanguage(text, 'en-GB')).toMatchObject({ lang: 'en', source: 'text+attribute' });
  });

  it('a language without word lists is named by the page, or unrecognised — never English', () => {
    expect(detectLanguage(POLISH, 'pl')).toMatchObject({ lang: 'pl', name: 'Polish', supported: false, source: 'attribute' });
    expect(detectLanguage(POLISH)).toMatchObject({ lang: 'und', name: 'an unrecognised language', supported: false });
    expect(detectLanguage(POLISH, 'en')).toMatchObject({ lang: 'und', supported: false });
  });

  it.each([
    ['Greek', 'Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των νοικοκυριών που πλήττονται από την ακρίβεια.', 'el'],
    ['Japanese', '政府は今日、物価高に苦しむ家庭を支援するための新たな対策を発表しました。対策には電気料金の補助も含まれています。', 'ja'],
    ['Chinese', '政府今天宣布了一系列新措施，以支持受物价上涨影响的家庭。这些措施包括电费补贴和食品券，将于下个月开始实施。', 'zh'],
    ['Arabic', 'أعلنت الحكومة اليوم عن إجراءات جديدة لدعم الأسر المتضررة من ارتفاع الأسعار، وتشمل دعم فواتير الكهرباء.', 'ar'],
  ])('%s is told by its script', (_name, text, lang) => {
    expect(detectLanguage(text)).toMatchObject({ lang, supported: false, source: 'text' });
  });

  it('Persian in Arabic script keeps the name the page gives it', () => {
    const persian = 'دولت امروز اقدامات تازه‌ای برای حمایت از خانواده‌هایی که از گرانی آسیب دیده‌اند اعلام کرد و گفت این کمک‌ها از ماه آینده پرداخت می‌شود.';
    expect(detectLanguage(persian, 'fa')).toMatchObject({ lang: 'fa', name: 'Persian', supported: false });
  });

  it('too little text to tell: the page decides, and without it Copydesk assumes English', () => {
    expect(detectLanguage('Le Monde', 'fr')).toMatchObject({ lang: 'fr', supported: false, source: 'attribute' });
    expect(detectLanguage('Storm warning for the coast')).toMatchObject({ lang: 'en', supported: true, source: 'default', confidence: 0 });
    expect(detectLanguage('')).toMatchObject({ lang: 'en', source: 'default' });
  });

  it('reads only the start of a very long text, so a long article costs what a short one does', () => {
    const english = fixture('en-mixed.txt');
    const french = fixture('fr.txt');
    expect(detectLanguage(english.repeat(60) + french.repeat(200)).lang).toBe('en');
  });
});

describe('detectLanguage on pages of lists and short lines', () => {
  // Written for these tests: the shapes of a results round-up, a meal plan and a spec sheet, where
  // names, labels and figures leave few function words among all the words.
  it.each(['en-results.txt', 'en-meal-plan.txt', 'en-specs.txt'])('%s is English from its running words, with no page language', (file) => {
    expect(detectLanguage(fixture(file))).toMatchObject({ lang: 'en', supported: true, source: 'text' });
  });

  it.each([
    ['pl-meal-plan.txt', 'a Polish meal plan'],
    ['id-results.txt', 'Indonesian results with a paragraph of report'],
    ['tl-news.txt', 'Tagalog news with a few results'],
    ['da-meal-plan.txt', 'a Danish meal plan'],
  ])('%s (%s) is never English, even on a page that says "en"', (file) => {
    for (const declared of [undefined, 'en']) expect(detectLanguage(fixture(file), declared)).toMatchObject({ lang: 'und', supported: false });
  });

  it('lines of names and scores with hardly a running word are too little to tell: the page decides', () => {
    const scores = Array.from({ length: 12 }, (_, i) => `Rovers ${i}-1 United\n\nSmith ${i + 10}, Jones ${i + 40}; Brown ${i + 60}`).join('\n\n');
    expect(detectLanguage(scores)).toMatchObject({ lang: 'en', source: 'default' });
    expect(detectLanguage(scores, 'pl')).toMatchObject({ lang: 'pl', source: 'attribute' });
  });
});

describe('readsAsOtherLanguage (a quotation or paragraph inside an English article)', () => {
  it.each([
    ['“joie de vivre”'],
    ['‘on ne mange pas seulement pour vivre’'],
    ['“Aquí nos sentimos como en casa,”'],
    ['“Wir haben lange genug verhandelt, jetzt müssen die Arbeitgeber endlich ein Angebot vorlegen”'],
    ['«Теперь дорога займёт двадцать минут»'],
  ])('%s is foreign', (stretch) => {
    expect(readsAsOtherLanguage(stretch, 'en')).toBe(true);
  });

  it.each([
    ['“a bad decison”'],
    ['“We have seen storms like this before, and the crews know what to do,”'],
    ['“the deal is done, de facto”'],
    ['“Houtchins”'],
    ['“Small is the point,”'],
    ['Photos by Mary Jones and Peter Smith'],
  ])('%s is not', (stretch) => {
    expect(readsAsOtherLanguage(stretch, 'en')).toBe(false);
  });

  it('a whole paragraph is read like an article', () => {
    const spanish = fixture('es.txt').split('\n\n')[1] as string;
    expect(readsAsOtherLanguage(spanish, 'en')).toBe(true);
    expect(readsAsOtherLanguage(fixture('en-mixed.txt').split('\n\n')[2] as string, 'en')).toBe(false);
  });
});
