/**
 * Data for language.ts: the commonest function words of each language we can tell apart by its
 * words, and the language a writing system alone implies. Lists are the articles, pronouns,
 * prepositions, conjunctions and auxiliaries that fill any news paragraph, lower-case. A word
 * two languages share ("de", "a", "in") counts for both; the shares still differ by language.
 * English leaves out "i", "a", "on", "we", "to", "die": they are also frequent words of
 * languages we have no profile for (Polish "i", "a", "on", "we", "to"; Dutch and German "die").
 */

export type Script =
  'Latin' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Hebrew' | 'Arabic' | 'Devanagari' | 'Bengali' | 'Thai' | 'Georgian' | 'Hangul' | 'Kana' | 'Han';

export interface FunctionWordProfile {
  lang: string;
  script: Script;
  words: ReadonlySet<string>;
}

const profile = (lang: string, script: Script, words: string): FunctionWordProfile => ({
  lang,
  script,
  words: new Set(words.split(/\s+/).filter(Boolean)),
});

export const FUNCTION_WORD_PROFILES: readonly FunctionWordProfile[] = [
  profile(
    'en',
    'Latin',
    `
    the of and in is that for it was with as he she his her they their them by at from be have has
    had are were said this which will would an not but or been who after more than its about also
    can there when one into up out you our if what could these those being over just
    while because should may where how other some such then many most any only before`,
  ),
  profile(
    'fr',
    'Latin',
    `
    le la les de des du un une et est en que qui dans pour pas au aux sur par il elle ils elles ne
    se son sa ses ce cette ces plus avec été mais ont on l d qu n s c j leur leurs selon aussi comme
    ou où nous vous sont être lors déjà très sans entre depuis dont après avait était fait`,
  ),
  profile(
    'de',
    'Latin',
    `
    der die das und ist nicht ein eine einen einem eines einer zu den dem des von mit sich auf für
    im in auch es an als wie er sie bei nach aus wird werden wurde wurden hat haben sind war noch
    nur dass am vor über um zum zur aber oder so wir ich seine ihre diese dieser sei seit bereits`,
  ),
  profile(
    'es',
    'Latin',
    `
    el la los las de del y en que un una es por con para se no su sus al lo como más pero fue ha
    han este esta sobre entre también según o sin ya muy desde hasta cuando le les era son está hay
    porque donde ese esa estos dijo`,
  ),
  profile(
    'it',
    'Latin',
    `
    il lo la i gli le di del della dei delle degli dello e è che un una uno per con non in si da
    dal dalla al alla nel nella sono ha hanno anche più come ma questo questa su dopo ancora tra fra
    essere stato stata secondo ci ne quando sul sulla`,
  ),
  profile(
    'pt',
    'Latin',
    `
    o a os as de do da dos das e em no na nos nas um uma que é para por com não se ao à mais como
    foi ser pelo pela seu sua seus suas também mas ou já ele ela eles são está entre sobre após
    quando até isso esse essa disse`,
  ),
  profile(
    'nl',
    'Latin',
    `
    de het een en van in is dat op te die niet met voor zijn er aan ook als bij door maar om dan
    nog naar uit over wordt worden werd was heeft hebben zij hij ze wel geen al meer tot deze kan
    zou hun haar`,
  ),
  profile(
    'ru',
    'Cyrillic',
    `
    и в во не на что с со по это как он она они а к из у о об за от для же так его ее её был была
    были было но то все всё уже при также до после может только бы или их ли чтобы который которые
    которая которых этом этого этой сказал более года`,
  ),
  profile(
    'uk',
    'Cyrillic',
    `
    і й в у не на що з із до та як це він вона вони а за від для але його її був була були було
    також які який яка яких щоб вже після під над через році року`,
  ),
];

/**
 * Short words each supported language's profile leaves out because other languages share them,
 * but that in a phrase of a few words are still the best sign it is that language ("a bad call").
 */
export const SHARED_SHORT_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['a', 'i', 'to', 'on', 'we', 'us', 'me', 'my', 'do', 'so', 'no']),
};

/** The language a writing system implies when we have no word lists for it. */
export const SCRIPT_LANGUAGES: Readonly<Partial<Record<Script, string>>> = {
  Greek: 'el',
  Armenian: 'hy',
  Hebrew: 'he',
  Arabic: 'ar',
  Devanagari: 'hi',
  Bengali: 'bn',
  Thai: 'th',
  Georgian: 'ka',
  Hangul: 'ko',
  Kana: 'ja',
  Han: 'zh',
};

/**
 * English names of the languages detection can return by itself. Others (named only by a page's
 * lang attribute) ask Intl.DisplayNames, whose construction costs ~100 ms: too much for every page.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  ru: 'Russian',
  uk: 'Ukrainian',
  el: 'Greek',
  hy: 'Armenian',
  he: 'Hebrew',
  ar: 'Arabic',
  hi: 'Hindi',
  bn: 'Bangla',
  th: 'Thai',
  ka: 'Georgian',
  ko: 'Korean',
  ja: 'Japanese',
  zh: 'Chinese',
  und: 'an unrecognised language',
};
