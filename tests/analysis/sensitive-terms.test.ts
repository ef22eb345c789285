import { describe, it, expect } from 'vitest';
import { LEXICON_LANGUAGES, SENSITIVE_TERMS, type SensitiveTerm } from '../../src/analysis/catalog/sensitive-terms.js';
import {
  findSensitiveTerms,
  isSensitiveCategory,
  SENSITIVE_CATEGORIES,
  sensitiveCategoryLabel,
  type SensitiveCategory,
  type SensitiveTermOptions,
} from '../../src/analysis/facts/sensitive-terms.js';
import { splitWords } from '../../src/util/words.js';
import { STANDARD_EVENTS } from '../../src/analysis/catalog/pixel.js';

const termText = (term: SensitiveTerm): string => (typeof term === 'string' ? term : term.term);

/** [input, category, term, matched] */
const REPORTED: ReadonlyArray<readonly [string, SensitiveCategory, string, string]> = [
  // health
  ['HepatitisScreeningBooked', 'health', 'hepatitis', 'hepatitis'],
  ['asthma-inhaler-refill', 'health', 'asthm*', 'asthma'],
  ['cancer_support_signup', 'health', 'cancer', 'cancer'],
  ['HIVTestBooked', 'health', 'hiv', 'hiv'],
  ['PrEPRefillOrdered', 'health', 'PrEP', 'prep'],
  ['HivPrEPStarted', 'health', 'PrEP', 'prep'],
  ['prep-refill', 'health', 'prep refill', 'prep refill'],
  ['DiabetesScreeningBooked', 'health', 'diabet*', 'diabetes'],
  ['diabetic_socks', 'health', 'diabet*', 'diabetic'],
  ['clinical_trial', 'health', 'clinical trial', 'clinical trial'],
  ['ClinicalTrialsSearch', 'health', 'clinical trial', 'clinical trials'],
  ['UC Study Lead', 'health', 'uc study', 'uc study'],
  ['COVID19TestKit', 'health', 'covid 19 test*', 'covid 19 test'],
  ['OzempicRefill', 'health', 'ozempic', 'ozempic'],
  ['GLP1WaitlistJoined', 'health', 'glp-1', 'glp 1'],
  ['Alzheimer\'s Caregiver Guide', 'health', 'alzheimer*', 'alzheimer'],
  ['PhysicalTherapyBooked', 'health', 'physical therapy', 'physical therapy'],
  ['HormoneReplacementTherapyConsult', 'health', 'hormone replacement therapy', 'hormone replacement therapy'],
  ['STDTestKit', 'health', 'std test*', 'std test'],
  ['sti_testing_booked', 'health', 'sti test*', 'sti testing'],
  ['Breast Cancer Screening', 'health', 'cancer', 'cancer'],
  ['PrescriptionRefillRequested', 'health', 'prescription', 'prescription'],
  ['SymptomCheckerCompleted', 'health', 'symptom', 'symptom'],
  ['KidneyDiseaseGuide', 'health', 'disease', 'disease'],
  // reproductive health
  ['EggFreezingConsultBooked', 'reproductiveHealth', 'egg freezing', 'egg freezing'],
  ['PregnancyTestPurchased', 'reproductiveHealth', 'pregnancy', 'pregnancy'],
  ['IVFConsultBooked', 'reproductiveHealth', 'ivf', 'ivf'],
  ['AbortionClinicFinder', 'reproductiveHealth', 'abortion', 'abortion'],
  ['BirthControlRefill', 'reproductiveHealth', 'birth control', 'birth control'],
  ['MenopauseQuiz', 'reproductiveHealth', 'menopaus*', 'menopause'],
  ['ob-gyn-appointment', 'reproductiveHealth', 'ob gyn', 'ob gyn'],
  // mental health and addiction
  ['AnxietyQuizStarted', 'mentalHealth', 'anxiety', 'anxiety'],
  ['RehabIntakeScheduled', 'mentalHealth', 'rehab', 'rehab'],
  ['TherapySessionBooked', 'mentalHealth', 'therapy', 'therapy'],
  ['DepressionScreening', 'mentalHealth', 'depression', 'depression'],
  ['ADHDAssessmentStarted', 'mentalHealth', 'adhd', 'adhd'],
  ['SuicidePreventionResources', 'mentalHealth', 'suicid*', 'suicide'],
  ['eating-disorders-support', 'mentalHealth', 'eating disorder', 'eating disorders'],
  ['OpioidTreatmentIntake', 'mentalHealth', 'opioid', 'opioid'],
  // sexual orientation and gender identity
  ['GayDatingSignup', 'sexualOrientation', 'gay', 'gay'],
  ['gays_meetup', 'sexualOrientation', 'gay', 'gays'],
  ['TransgenderCareBooked', 'sexualOrientation', 'transgender', 'transgender'],
  ['LGBTQYouthProgram', 'sexualOrientation', 'lgbt*', 'lgbtq'],
  ['trans-women-support-group', 'sexualOrientation', 'trans woman', 'trans women'],
  ['NonBinaryProfileSet', 'sexualOrientation', 'non binary', 'non binary'],
  // religion
  ['ChurchDonationMade', 'religion', 'church', 'church'],
  ['MosqueFinder', 'religion', 'mosque', 'mosque'],
  ['BarMitzvahPackage', 'religion', 'bar mitzvah', 'bar mitzvah'],
  // ethnicity
  ['BlackOwnedBusinessDirectory', 'ethnicity', 'black owned', 'black owned'],
  ['HispanicHeritageSignup', 'ethnicity', 'hispanic', 'hispanic'],
  ['ImmigrationLawyerContact', 'ethnicity', 'immigra*', 'immigration'],
  ['GreenCardApplication', 'ethnicity', 'green card', 'green card'],
  // politics
  ['UnionMembershipJoined', 'politics', 'union membership', 'union membership'],
  ['VoterRegistration', 'politics', 'voter', 'voter'],
  ['PoliticalPartyQuiz', 'politics', 'political party', 'political party'],
  ['trade_union_dues', 'politics', 'trade union', 'trade union'],
  // criminal record
  ['CriminalRecordCheck', 'criminalRecord', 'criminal record', 'criminal record'],
  ['ExpungementConsult', 'criminalRecord', 'expung*', 'expungement'],
  ['DUILawyerContact', 'criminalRecord', 'dui', 'dui'],
  // financial hardship
  ['CreditScoreChecked', 'financialHardship', 'credit score', 'credit score'],
  ['PaydayLoanApplied', 'financialHardship', 'payday loan', 'payday loan'],
  ['Payday Loan Application', 'financialHardship', 'payday loan', 'payday loan'],
  ['BankruptcyConsult', 'financialHardship', 'bankrupt*', 'bankruptcy'],
  ['DebtReliefSignup', 'financialHardship', 'debt', 'debt'],
  ['ForeclosureHelpRequested', 'financialHardship', 'foreclos*', 'foreclosure'],
  ['household-income-range', 'financialHardship', 'household income', 'household income'],
  ['HighIncomeLead', 'financialHardship', 'high income', 'high income'],
  ['FoodStampsEligibility', 'financialHardship', 'food stamp', 'food stamps'],
  // biometric and genetic
  ['DnaTestKitOrdered', 'biometric', 'dna', 'dna'],
  ['FaceIdEnabled', 'biometric', 'face id', 'face id'],
  ['23andMeImport', 'biometric', '23andMe', '23andme'],
  ['GeneticTestResults', 'biometric', 'genetic', 'genetic'],
  // children
  ['KidsUnder13Signup', 'children', 'under 13', 'under 13'],
  ['kids_under_13', 'children', 'under 13', 'under 13'],
  ['ChildProfileCreated', 'children', 'child profile', 'child profile'],
  ['children-accounts', 'children', 'child account', 'children accounts'],
  ['ParentalConsentGiven', 'children', 'parental consent', 'parental consent'],
];

const QUIET: readonly string[] = [
  // Meta standard events
  ...STANDARD_EVENTS,
  // ambiguous words that are phrase-only or whole-word only
  'BlackTieGalaTickets',
  'BlackFridaySale',
  'BlackMetalTshirt',
  'TransferCompleted',
  'TransactionDone',
  'trans_id',
  'TransAmParts',
  'PrepCourseViewed',
  'PREP_COURSE',
  'meal-prep-containers',
  'TestRideBooked',
  'TestDriveBooked',
  'yoga-mats',
  'UnionStationTickets',
  'RaceEntryPaid',
  'CreditCardAdded',
  'LoanCalculatorViewed',
  'MortgageRatesViewed',
  'ChildSeatAdded',
  'KidsShoesViewed',
  'AsianCuisineMenu',
  'ProgressiveJackpot',
  'PartyPlatters',
  'CancerZodiacHoroscope',
  'TechnicalDebtEbook',
  'GreatDepressionDocumentary',
  'RetailTherapySale',
  'PrescriptionGlassesAdded',
  'TeachingAidsBundle',
  'ProductCollectionsViewed',
  'BrowserFingerprintComputed',
  'BrandDnaWorkshop',
  'GeneticAlgorithmCourse',
  'PetHospitalFinder',
  'CorporateCitizenshipReport',
  'StandardShippingSelected',
  'HomeRehabLoanQuote',
  'SuicideSquadTickets',
  'ChristianDiorPerfume',
  'PlatformAgnosticSdk',
  'VisaCardAdded',
  'ArchiveViewed',
  'HiveDashboard',
  'TrialExtended',
  'TreatmentWindowBlinds',
  'ScreeningRoomBooked',
  'DiagnosticsUploaded',
  'PaydayCountdown',
  'FreeTrialStarted',
  'CreditUnionMembership',
  'StudentUnionMember',
  'ChurchStreetCafe',
  'WeightLossProgramJoined',
  'Under18Ticket',
  'LowFatDiet',
];

/** Other languages, in the shapes pixel sites write: [input, category, term, matched (as spelled in the input, lower case)]. */
const REPORTED_IN_OTHER_LANGUAGES: ReadonlyArray<readonly [string, SensitiveCategory, string, string]> = [
  // content_category / content_name values
  ['Saúde Mental', 'mentalHealth', 'saúde mental', 'saúde mental'],
  ['Protocolo SOS Ansiedade', 'mentalHealth', 'ansiedade', 'ansiedade'],
  ['Saúde Gestante', 'reproductiveHealth', 'gestante', 'gestante'],
  ['Landing Page Lipedema', 'health', 'lipedema', 'lipedema'],
  ['Teste de Gravidez', 'reproductiveHealth', 'gravidez', 'gravidez'],
  ['Test de grossesse', 'reproductiveHealth', 'grossesse', 'grossesse'],
  ['Prueba de embarazo', 'reproductiveHealth', 'embarazo', 'embarazo'],
  ['Test di gravidanza', 'reproductiveHealth', 'gravidanza', 'gravidanza'],
  ['Test ciążowy', 'reproductiveHealth', 'ciąż*', 'ciążowy'],
  ['Tüp Bebek Tedavisi', 'reproductiveHealth', 'tüp bebek', 'tüp bebek'],
  ['Cardiologia e Clínica Médica', 'health', 'cardiolog*', 'cardiologia'],
  ['Oftalmología', 'health', 'oftalmolo*', 'oftalmología'],
  ['Dermatologie', 'health', 'dermatolo*', 'dermatologie'],
  ['Urologia', 'health', 'urolo*', 'urologia'],
  ['Psychiatrie', 'mentalHealth', 'psychiatr*', 'psychiatrie'],
  ['Kinderwunschzentrum', 'reproductiveHealth', 'kinderwunsch*', 'kinderwunschzentrum'],
  ['Brustkrebs Vorsorge', 'health', 'brustkrebs', 'brustkrebs'],
  ['Iglesia Evangélica', 'religion', 'iglesia', 'iglesia'],
  ['Kredit ohne Schufa', 'financialHardship', 'schufa*', 'schufa'],
  ['Préstamos con ASNEF', 'financialHardship', 'asnef', 'asnef'],
  ['chwilówki bez BIK', 'financialHardship', 'chwilówk*', 'chwilówki'],
  ['Reconocimiento facial', 'biometric', 'reconocimiento facial', 'reconocimiento facial'],
  // German and Dutch compounds that begin with the sensitive word
  ['Schwangerschaftstest', 'reproductiveHealth', 'schwanger*', 'schwangerschaftstest'],
  ['zwangerschapstest', 'reproductiveHealth', 'zwanger*', 'zwangerschapstest'],
  // custom event names and keys, in any casing, with or without accents
  ['HamilelikTesti', 'reproductiveHealth', 'hamile*', 'hamilelik'],
  ['KISIRLIK_TEDAVISI', 'reproductiveHealth', 'kısırlık', 'kisirlik'],
  ['grupo_sanguineo', 'health', 'grupo sanguíneo', 'grupo sanguineo'],
  ['Gynaekologie', 'reproductiveHealth', 'gynäkolo*', 'gynaekologie'],
  ['Hoergeraet', 'health', 'hörgerät*', 'hoergeraet'],
  // point-10 custom data in English
  ['blood_group', 'health', 'blood group', 'blood group'],
  ['bloodType', 'health', 'blood type', 'blood type'],
  ['allergies', 'health', 'allergy', 'allergies'],
  ['due_date', 'reproductiveHealth', 'due date', 'due date'],
  ['DueDateCalculatorUsed', 'reproductiveHealth', 'due date', 'due date'],
  ['GlaucomaScreeningBooked', 'health', 'glaucoma', 'glaucoma'],
  ['SexualWellnessKit', 'health', 'sexual wellness', 'sexual wellness'],
  ['Umrah Packages', 'religion', 'umrah', 'umrah'],
];

/** Look-alikes in other languages, and point-10 English words in their ordinary senses. */
const QUIET_IN_OTHER_LANGUAGES: readonly string[] = [
  // real content names and events: appointments, plates, detox and bone-health products, a health brand
  'Consulta de Placa',
  'Consulta médica',
  'AgendarConsulta',
  'consulta-agendada',
  'Protocolo Detox 21 Dias',
  'Saúde Óssea',
  'Salud',
  'NatVital - GlucoVital',
  'Cita previa',
  'Terminbuchung',
  'Termin',
  'randevu_al',
  // the look-alikes
  'Plano Premium',
  'Ausgabe',
  'Lourdes',
  'due',
  'DueAmount',
  'invoice_due_date',
  'payment_due_date',
  'expected_delivery_date',
  // false friends once accents are folded, or across languages
  'Enceinte Bluetooth',
  'Receta de pollo',
  'Rezept des Tages',
  'Lekker recept',
  'Gravidade zero',
  'Cerchiamo autista',
  'Notifiche disabilitate',
  'Borsa borchiata',
  'Bestellung genommen',
  'in gebruik genomen',
  'Bon goût',
  'Parole chiave',
  'Marmellata di fico',
  'Música latina',
  'Viajes America Latina',
  'Hasta 50% de descuento',
  'Cristiano Ronaldo',
  'Brazo gitano',
  'Asilo nido',
  'Flusskrebs',
  'Dierenasiel',
  'Konkurs fotograficzny',
  'Koszula długi rękaw',
  'Doğum günü',
  'Islamabad',
  'Embarazoso',
  'Terapia capilar',
  // product labels
  'Allergy-free snacks',
  'Dermatologist tested moisturizer',
  'Creme dermatologicamente testado',
];

describe('findSensitiveTerms', () => {
  it.each(REPORTED)('reports %s as %s (%s)', (input, category, term, matched) => {
    const found = findSensitiveTerms(input);
    expect(found).toContainEqual({ category, term, matched });
    // the first match carries the category the input is about
    expect(found[0]?.category).toBe(category);
  });

  it.each(QUIET)('stays quiet on %s', (input) => {
    expect(findSensitiveTerms(input)).toEqual([]);
  });

  it.each(REPORTED_IN_OTHER_LANGUAGES)('reports %s as %s (%s)', (input, category, term, matched) => {
    const found = findSensitiveTerms(input);
    expect(found).toContainEqual({ category, term, matched });
    expect(found[0]?.category).toBe(category);
  });

  it.each(QUIET_IN_OTHER_LANGUAGES)('stays quiet on %s', (input) => {
    expect(findSensitiveTerms(input)).toEqual([]);
  });

  it('folds accents on both sides and shows the words as the input spells them', () => {
    expect(findSensitiveTerms('CIĄŻA')).toEqual([{ category: 'reproductiveHealth', term: 'ciąż*', matched: 'ciąża' }]);
    expect(findSensitiveTerms('ciaza')).toEqual([{ category: 'reproductiveHealth', term: 'ciąż*', matched: 'ciaza' }]);
    // decomposed input (a combining acute accent) and letters that do not decompose (ł, ı, ß)
    expect(findSensitiveTerms('gra\u0301vida')).toEqual([{ category: 'reproductiveHealth', term: 'grávida', matched: 'gra\u0301vida' }]);
    expect(findSensitiveTerms('Łuszczyca')).toEqual([{ category: 'health', term: 'łuszczyc*', matched: 'łuszczyca' }]);
    expect(findSensitiveTerms('Sığınmacı')).toEqual([{ category: 'ethnicity', term: 'sığınmacı', matched: 'sığınmacı' }]);
    expect(findSensitiveTerms('Essstörung')).toEqual([{ category: 'mentalHealth', term: 'essstörung*', matched: 'essstörung' }]);
    // characters outside Latin scripts are word breaks, as in splitWords
    expect(findSensitiveTerms('عيادة HIV 検査')).toEqual([{ category: 'health', term: 'hiv', matched: 'hiv' }]);
  });

  it('matches compounds by the sensitive word they begin with, never by their ending', () => {
    expect(findSensitiveTerms('Schwangerschaftsabbruch')[0]?.term).toBe('schwanger*');
    expect(findSensitiveTerms('Krebs')).toEqual([]);
    expect(findSensitiveTerms('Darmkrebs')[0]?.term).toBe('darmkrebs');
  });

  it('returns one shared empty result when nothing can match', () => {
    expect(findSensitiveTerms('Purchase')).toBe(findSensitiveTerms('Blue cotton t-shirt'));
    expect(Object.isFrozen(findSensitiveTerms('Purchase'))).toBe(true);
  });

  it('cuts words exactly as splitWords does', () => {
    const pieces = ['HIV', 'Test', 'booked', 'PDFs', 'under13', 'X', 'a', 'COVID19', 'e164', 'Ab', 'ABc', '_', '-', ' ', '.', '42', 'aB', 'Élan', 'ß'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replaceAll('ß', 'ss');
    for (let round = 0; round < 300; round += 1) {
      const input = Array.from({ length: 1 + (next() % 6) }, () => pieces[next() % pieces.length]).join('');
      const words = splitWords(fold(input)).filter((word) => word !== 's');
      if (words.length === 0) continue;
      // an entry made of the input's own words matches the whole input (or a built-in entry of the same words does)
      const found = findSensitiveTerms(input, { additionalTerms: { health: [words.join(' ')] } });
      expect(fold(found[0]?.matched ?? '').replaceAll(' ', ''), input).toBe(words.join(''));
    }
  });

  it('reports every distinct term once, in input order', () => {
    expect(findSensitiveTerms('asthma-inhaler-refill asthma')).toEqual([
      { category: 'health', term: 'asthm*', matched: 'asthma' },
      { category: 'health', term: 'inhaler', matched: 'inhaler' },
    ]);
  });

  it('reports several categories in one input', () => {
    const categories = findSensitiveTerms('LGBTQ Muslim Therapy Group').map((match) => match.category);
    expect(categories).toEqual(['sexualOrientation', 'religion', 'mentalHealth']);
  });

  it('lets the longest entry consume its words', () => {
    expect(findSensitiveTerms('SpeechTherapyBooked')).toEqual([
      { category: 'health', term: 'speech therapy', matched: 'speech therapy' },
    ]);
  });

  it('cancels a match on a neighbour on either side', () => {
    expect(findSensitiveTerms('ZodiacCancerReading')).toEqual([]);
    expect(findSensitiveTerms('CancerCareZodiac')).toEqual([{ category: 'health', term: 'cancer', matched: 'cancer' }]);
  });

  it('matches the entries that count only in a parameter name when asked to', () => {
    expect(findSensitiveTerms('bmi_result', undefined, true)).toEqual([{ category: 'health', term: 'bmi', matched: 'bmi' }]);
    expect(findSensitiveTerms('imcCalculado', undefined, true)).toEqual([{ category: 'health', term: 'imc', matched: 'imc' }]);
    expect(findSensitiveTerms('cid10', undefined, true)).toEqual([{ category: 'health', term: 'cid 10', matched: 'cid 10' }]);
    expect(findSensitiveTerms('diagnóstico', undefined, true)).toEqual([{ category: 'health', term: 'diagnostico', matched: 'diagnóstico' }]);
    expect(findSensitiveTerms('BMI Calculator')).toEqual([]);
    expect(findSensitiveTerms('Calculadora de IMC')).toEqual([]);
    expect(findSensitiveTerms('bmi', { categories: { health: false } }, true)).toEqual([]);
  });

  it('matches free text and odd input', () => {
    expect(findSensitiveTerms('Book your HIV test today!')).toHaveLength(1);
    expect(findSensitiveTerms('')).toEqual([]);
    expect(findSensitiveTerms('---')).toEqual([]);
    expect(findSensitiveTerms(42 as unknown as string)).toEqual([]);
  });

  // No timing asserted (a shared machine makes it flaky): `npm run bench` measures linearity.
  it('finds a term at the end of a long input', () => {
    const long = 'lorem ipsum dolor '.repeat(20_000) + 'hepatitis';
    expect(findSensitiveTerms(long)).toHaveLength(1);
  });
});

describe('options', () => {
  it('categories: false silences a category and keeps the others', () => {
    const options: SensitiveTermOptions = { categories: { health: false } };
    expect(findSensitiveTerms('HIVTestBooked', options)).toEqual([]);
    expect(findSensitiveTerms('HIV Church Outreach', options)).toEqual([
      { category: 'religion', term: 'church', matched: 'church' },
    ]);
    expect(findSensitiveTerms('HIVTestBooked', { categories: { health: true } })).toHaveLength(1);
  });

  it('a disabled category does not hand its words to a shorter entry', () => {
    expect(findSensitiveTerms('PhysicalTherapyBooked', { categories: { health: false } })).toEqual([]);
  });

  it('allow: a whole input, case-insensitively and in any spelling', () => {
    expect(findSensitiveTerms('HIVTestBooked', { allow: ['HIVTestBooked'] })).toEqual([]);
    expect(findSensitiveTerms('hiv_test_booked', { allow: ['HIVTestBooked'] })).toEqual([]);
    expect(findSensitiveTerms('HIVTestCancelled', { allow: ['HIVTestBooked'] })).toHaveLength(1);
  });

  it('allow: accent- and case-insensitive', () => {
    expect(findSensitiveTerms('Test ciążowy', { allow: ['CIAZOWY'] })).toEqual([]);
    expect(findSensitiveTerms('Teste de Gravidez', { allow: ['gravidez'] })).toEqual([]);
    expect(findSensitiveTerms('Saúde Mental', { allow: ['saude mental'] })).toEqual([]);
  });

  it('allow: a term, its stem spelling or the matched words', () => {
    expect(findSensitiveTerms('HIVTestBooked', { allow: ['hiv'] })).toEqual([]);
    expect(findSensitiveTerms('HIV Church', { allow: ['HIV'] })).toEqual([
      { category: 'religion', term: 'church', matched: 'church' },
    ]);
    expect(findSensitiveTerms('clinical_trial', { allow: ['Clinical Trial'] })).toEqual([]);
    expect(findSensitiveTerms('DiabetesQuiz', { allow: ['diabet*'] })).toEqual([]);
    expect(findSensitiveTerms('DiabetesQuiz', { allow: ['diabetes'] })).toEqual([]);
    expect(findSensitiveTerms('DiabeticSocks', { allow: ['diabetes'] })).toHaveLength(1);
    expect(findSensitiveTerms('PrEPRefill', { allow: ['prep'] })).toEqual([]);
  });

  it('additionalTerms: extra words, phrases and stems per category', () => {
    const options: SensitiveTermOptions = { additionalTerms: { health: ['gluten intolerance', 'keto*'] } };
    expect(findSensitiveTerms('GlutenIntoleranceQuiz')).toEqual([]);
    expect(findSensitiveTerms('GlutenIntoleranceQuiz', options)).toEqual([
      { category: 'health', term: 'gluten intolerance', matched: 'gluten intolerance' },
    ]);
    expect(findSensitiveTerms('KetoacidosisGuide', options)).toEqual([
      { category: 'health', term: 'keto*', matched: 'ketoacidosis' },
    ]);
    expect(findSensitiveTerms('HIVTestBooked', options)).toHaveLength(1);
  });

  it('additionalTerms: any language, folded like the lexicon', () => {
    const options: SensitiveTermOptions = { additionalTerms: { health: ['intolérance au gluten', 'zöliakie*'] } };
    expect(findSensitiveTerms('intolerance_au_gluten', options)).toEqual([
      { category: 'health', term: 'intolérance au gluten', matched: 'intolerance au gluten' },
    ]);
    expect(findSensitiveTerms('ZoeliakieTest', options)).toEqual([{ category: 'health', term: 'zöliakie*', matched: 'zoeliakie' }]);
  });

  it('additionalTerms: respects categories and allow, ignores junk', () => {
    const junk = { religion: ['yoga retreat', '', '***', 42], nope: ['x'] };
    const additionalTerms = junk as unknown as SensitiveTermOptions['additionalTerms'];
    expect(findSensitiveTerms('YogaRetreatBooked', { additionalTerms })).toHaveLength(1);
    expect(findSensitiveTerms('YogaRetreatBooked', { additionalTerms, categories: { religion: false } })).toEqual([]);
    expect(findSensitiveTerms('YogaRetreatBooked', { additionalTerms, allow: ['yoga retreat'] })).toEqual([]);
  });

  it('caches compiled options per object', () => {
    const options: SensitiveTermOptions = { additionalTerms: { politics: ['ballot'] }, allow: ['voter'] };
    for (let i = 0; i < 3; i += 1) {
      expect(findSensitiveTerms('BallotVoterGuide', options)).toEqual([
        { category: 'politics', term: 'ballot', matched: 'ballot' },
      ]);
    }
  });
});

describe('categories', () => {
  // The ids are written out on purpose: they are the option and setting keys users write (`categories`,
  // `additionalTerms`, `sensitiveTerms`), so renaming one is a breaking change this test must catch.
  it('lists the eleven categories with labels', () => {
    expect(SENSITIVE_CATEGORIES).toEqual([
      'health',
      'reproductiveHealth',
      'mentalHealth',
      'sexualOrientation',
      'religion',
      'ethnicity',
      'politics',
      'criminalRecord',
      'financialHardship',
      'biometric',
      'children',
    ]);
    expect(sensitiveCategoryLabel('mentalHealth')).toBe('mental health or addiction');
    expect(sensitiveCategoryLabel('financialHardship')).toBe('financial hardship or credit');
    for (const id of SENSITIVE_CATEGORIES) expect(sensitiveCategoryLabel(id)).toMatch(/^[a-z][a-z -]+$/);
  });

  it('recognises category ids', () => {
    expect(isSensitiveCategory('health')).toBe(true);
    expect(isSensitiveCategory('Health')).toBe(false);
    expect(isSensitiveCategory(undefined)).toBe(false);
  });
});

describe('lexicon data', () => {
  const all = SENSITIVE_CATEGORIES.flatMap((id) => LEXICON_LANGUAGES.flatMap((language) => SENSITIVE_TERMS[id].terms[language].map((term) => [id, language, term] as const)));
  /** How the matcher compares words: accents and letters outside ASCII folded, lower case. */
  const folded = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[łıßøæœđ]/g, (letter) => ({ ł: 'l', ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd' })[letter] ?? letter)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');

  it('is frozen', () => {
    expect(Object.isFrozen(SENSITIVE_TERMS)).toBe(true);
    for (const id of SENSITIVE_CATEGORIES) {
      expect(Object.isFrozen(SENSITIVE_TERMS[id])).toBe(true);
      expect(Object.isFrozen(SENSITIVE_TERMS[id].terms)).toBe(true);
      for (const language of LEXICON_LANGUAGES) expect(Object.isFrozen(SENSITIVE_TERMS[id].terms[language])).toBe(true);
    }
  });

  it('covers every category in every language', () => {
    expect(all.length).toBeGreaterThan(1200);
    for (const id of SENSITIVE_CATEGORIES) {
      for (const language of LEXICON_LANGUAGES) expect(SENSITIVE_TERMS[id].terms[language].length, `${id} ${language}`).toBeGreaterThan(0);
    }
  });

  it.each(SENSITIVE_CATEGORIES)('%s is alphabetised per language, ignoring accents', (id) => {
    for (const language of LEXICON_LANGUAGES) {
      const keys = SENSITIVE_TERMS[id].terms[language].map((term) => folded(termText(term)));
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys, language).toEqual(sorted);
    }
  });

  it('writes no word twice, across categories and languages', () => {
    const owner = new Map<string, string>();
    for (const [id, language, term] of all) {
      const text = termText(term);
      const key = text === text.toLowerCase() ? folded(text) : text;
      expect(owner.get(key), `${termText(term)} is in ${owner.get(key)} and ${id}/${language}`).toBeUndefined();
      owner.set(key, `${id}/${language}`);
    }
  });

  it('writes entries in the declared notation', () => {
    for (const [, language, term] of all) {
      const text = termText(term);
      expect(text, text).toMatch(/^[\p{L}0-9][\p{L}0-9 *-]*$/u);
      expect(text, text).toBe(text.trim());
      // mixed case only where the casing changes the words (PrEP is pr ep; prep is one word), and only in English
      if (text !== text.toLowerCase()) {
        expect(language, text).toBe('en');
        expect(splitWords(text), text).not.toEqual(splitWords(text.toLowerCase()));
      }
      // stems end a word and are long enough to be safe
      for (const token of text.split(' ')) {
        expect(token.indexOf('*'), text).toBeGreaterThanOrEqual(token.endsWith('*') ? 4 : -1);
        if (token.endsWith('*')) expect(token.slice(0, -1)).not.toContain('*');
      }
      if (typeof term !== 'string') expect(term.notNear?.length, text).toBeGreaterThan(0);
    }
  });

  it('reports every entry on its own spelling, with and without accents', () => {
    for (const [id, , term] of all) {
      const text = termText(term).replaceAll('*', '');
      // a mixed-case entry (PrEP) matches only in its own casing; digits split an upper-case word (23ANDME)
      const spellings = text !== text.toLowerCase() ? [text] : /\d/.test(text) ? [text, folded(text)] : [text, folded(text), text.toUpperCase()];
      for (const spelling of new Set(spellings)) {
        expect(findSensitiveTerms(spelling), spelling).toContainEqual(expect.objectContaining({ category: id, term: termText(term) }));
      }
    }
  });

  it('ordinary identifiers split into words the lexicon understands', () => {
    expect(splitWords('PrEPRefill')).toEqual(['pr', 'ep', 'refill']);
    expect(splitWords('KidsUnder13Signup')).toEqual(['kids', 'under13', 'signup']);
  });
});
