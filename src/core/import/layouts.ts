/**
 * The header signatures of the exports we read, as data: which label means which column in
 * Strong (in every language it exports in), Hevy, FitNotes and Fitbod. The code that matches a
 * header against them is in detect.ts; the readers in readers.ts.
 *
 * Labels are matched by their key (headerWords: lowercase, accents dropped, punctuation as
 * spaces), after a unit in parentheses or after an underscore has been taken off
 * ("Weight (kg)", "weight_lbs", "Weight(kg)"). Strong's translations: the French labels are
 * those of a real export (test/fixtures/realdata/strong-fr.csv); the other languages are the
 * app's words for the same columns, with the variants we know of.
 */

/** What a column of an app export holds. */
export type ExportRole =
  | 'date'
  | 'workout'
  | 'workoutNumber'
  | 'duration'
  | 'exercise'
  | 'category'
  | 'setOrder'
  | 'setType'
  | 'weight'
  | 'weightUnit'
  | 'reps'
  | 'rpe'
  | 'distance'
  | 'distanceUnit'
  | 'seconds'
  | 'notes'
  | 'exerciseNotes'
  | 'workoutNotes'
  | 'warmup'
  | 'multiplier';

export type Language = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl';

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
};

type Labels = Readonly<Partial<Record<ExportRole, readonly string[]>>>;

/** Strong's column labels per language (every layout since 2015 shares them). */
export const STRONG_LABELS: Readonly<Record<Language, Labels>> = {
  en: {
    date: ['Date'],
    workout: ['Workout Name'],
    workoutNumber: ['Workout #', 'Workout Number'],
    duration: ['Duration', 'Workout Duration'],
    exercise: ['Exercise Name'],
    setOrder: ['Set Order'],
    weight: ['Weight'],
    weightUnit: ['Weight Unit'],
    reps: ['Reps'],
    rpe: ['RPE'],
    distance: ['Distance'],
    distanceUnit: ['Distance Unit'],
    seconds: ['Seconds'],
    notes: ['Notes'],
    workoutNotes: ['Workout Notes'],
  },
  fr: {
    date: ['Date'],
    workout: ["Nom de l'entraînement", 'Nom de la séance'],
    workoutNumber: ['Entraînement #', "N° d'entraînement"],
    duration: ['Durée'],
    exercise: ["Nom de l'exercice"],
    setOrder: ['Ordre de la série', 'Ordre des séries'],
    weight: ['Poids'],
    weightUnit: ['Unité de poids'],
    reps: ['Réps', 'Répétitions', 'Rép'],
    rpe: ['RPE'],
    distance: ['Distance'],
    distanceUnit: ['Unité de distance'],
    seconds: ['Secondes'],
    notes: ['Notes'],
    workoutNotes: ["Notes d'entraînement", 'Notes de la séance'],
  },
  de: {
    date: ['Datum'],
    workout: ['Trainingsname', 'Workout-Name', 'Name des Trainings'],
    workoutNumber: ['Training #', 'Workout #'],
    duration: ['Dauer', 'Trainingsdauer'],
    exercise: ['Übungsname', 'Name der Übung'],
    setOrder: ['Satzreihenfolge', 'Satz-Reihenfolge', 'Reihenfolge der Sätze', 'Satz'],
    weight: ['Gewicht'],
    weightUnit: ['Gewichtseinheit'],
    reps: ['Wdh', 'Wdh.', 'Wiederholungen'],
    rpe: ['RPE'],
    distance: ['Distanz', 'Entfernung', 'Strecke'],
    distanceUnit: ['Distanzeinheit', 'Entfernungseinheit'],
    seconds: ['Sekunden'],
    notes: ['Notizen', 'Anmerkungen'],
    workoutNotes: ['Trainingsnotizen', 'Workout-Notizen'],
  },
  es: {
    date: ['Fecha'],
    workout: ['Nombre del entrenamiento', 'Nombre del entreno'],
    workoutNumber: ['Entrenamiento #', 'N.º de entrenamiento'],
    duration: ['Duración'],
    exercise: ['Nombre del ejercicio'],
    setOrder: ['Orden de la serie', 'Orden de series', 'Orden de serie'],
    weight: ['Peso'],
    weightUnit: ['Unidad de peso'],
    reps: ['Reps', 'Repeticiones', 'Rep'],
    rpe: ['RPE'],
    distance: ['Distancia'],
    distanceUnit: ['Unidad de distancia'],
    seconds: ['Segundos'],
    notes: ['Notas'],
    workoutNotes: ['Notas del entrenamiento', 'Notas de entrenamiento'],
  },
  it: {
    date: ['Data'],
    workout: ['Nome allenamento', "Nome dell'allenamento"],
    workoutNumber: ['Allenamento #', 'N. allenamento'],
    duration: ['Durata'],
    exercise: ['Nome esercizio', "Nome dell'esercizio"],
    setOrder: ['Ordine della serie', 'Ordine serie', 'Ordine delle serie'],
    weight: ['Peso'],
    weightUnit: ['Unità di peso'],
    reps: ['Ripetizioni', 'Rip', 'Rip.', 'Reps'],
    rpe: ['RPE'],
    distance: ['Distanza'],
    distanceUnit: ['Unità di distanza'],
    seconds: ['Secondi'],
    notes: ['Note'],
    workoutNotes: ['Note allenamento', "Note dell'allenamento"],
  },
  pt: {
    date: ['Data'],
    workout: ['Nome do treino', 'Nome do treinamento'],
    workoutNumber: ['Treino #', 'N.º do treino'],
    duration: ['Duração'],
    exercise: ['Nome do exercício'],
    setOrder: ['Ordem da série', 'Ordem das séries', 'Ordem de série'],
    weight: ['Peso'],
    weightUnit: ['Unidade de peso'],
    reps: ['Reps', 'Repetições', 'Rep'],
    rpe: ['RPE', 'PSE'],
    distance: ['Distância'],
    distanceUnit: ['Unidade de distância'],
    seconds: ['Segundos'],
    notes: ['Notas', 'Observações'],
    workoutNotes: ['Notas do treino', 'Observações do treino'],
  },
  nl: {
    date: ['Datum'],
    workout: ['Trainingsnaam', 'Naam training', 'Workoutnaam'],
    workoutNumber: ['Training #', 'Workout #'],
    duration: ['Duur'],
    exercise: ['Naam oefening', 'Oefeningnaam', 'Oefeningsnaam', 'Naam van oefening'],
    setOrder: ['Setvolgorde', 'Volgorde set', 'Setvolgorde', 'Volgorde van sets'],
    weight: ['Gewicht'],
    weightUnit: ['Gewichtseenheid'],
    reps: ['Herhalingen', 'Herh', 'Reps'],
    rpe: ['RPE'],
    distance: ['Afstand'],
    distanceUnit: ['Afstandseenheid'],
    seconds: ['Seconden'],
    notes: ['Notities', 'Opmerkingen'],
    workoutNotes: ['Trainingsnotities', 'Workoutnotities'],
  },
};

/**
 * The letter Strong writes in Set Order for a warm-up set, per language (W in English; the
 * translations use the word's initial: Portuguese "A" for aquecimento, as a Brazilian export
 * shows). Drop sets are D and failures F in every language we know of. Any other letter is
 * counted apart, never as a working set, in case it is a warm-up.
 */
export const STRONG_WARMUP_LETTERS: Readonly<Record<Language, readonly string[]>> = {
  en: ['W'],
  fr: ['W', 'É', 'E'],
  de: ['W', 'A'],
  es: ['W', 'C'],
  it: ['W', 'R'],
  pt: ['W', 'A'],
  nl: ['W', 'O'],
};

/** Hevy exports in English only, with snake_case labels. */
export const HEVY_LABELS: Labels = {
  workout: ['title'],
  date: ['start_time'],
  exercise: ['exercise_title'],
  exerciseNotes: ['exercise_notes'],
  setOrder: ['set_index'],
  setType: ['set_type'],
  weight: ['weight'],
  reps: ['reps'],
  distance: ['distance'],
  seconds: ['duration_seconds'],
  rpe: ['rpe'],
  workoutNotes: ['description'],
};

/**
 * FitNotes (Android): Date, Exercise, Category, then either "Weight (kgs)" / "Weight (lbs)"
 * (older exports, unit in the header) or Weight and Weight Unit (current exports), Reps,
 * Distance, Distance Unit, Time, [Comment].
 */
export const FITNOTES_LABELS: Labels = {
  date: ['Date'],
  exercise: ['Exercise'],
  category: ['Category'],
  weight: ['Weight'],
  weightUnit: ['Weight Unit'],
  reps: ['Reps'],
  distance: ['Distance'],
  distanceUnit: ['Distance Unit'],
  seconds: ['Time'],
  notes: ['Comment', 'Notes'],
};

/**
 * Fitbod: Date, Exercise, Reps, Weight(kg), Duration(s), Distance(m), Incline, Resistance,
 * isWarmup, Note, multiplier. The weight is always stored in kg (an athlete who logs pounds gets
 * exact conversions such as 20.41168 = 45 lb).
 */
export const FITBOD_LABELS: Labels = {
  date: ['Date'],
  exercise: ['Exercise'],
  reps: ['Reps'],
  weight: ['Weight'],
  seconds: ['Duration'],
  distance: ['Distance'],
  warmup: ['isWarmup', 'is warmup', 'Warmup'],
  notes: ['Note', 'Notes'],
  multiplier: ['multiplier'],
};

/** Words a header may carry as its unit ("Weight (kgs)", "weight_lbs", the 2016 "kg" column). */
export const WEIGHT_UNIT_WORDS: Readonly<Record<string, 'kg' | 'lb'>> = {
  kg: 'kg',
  kgs: 'kg',
  kilograms: 'kg',
  lb: 'lb',
  lbs: 'lb',
  pounds: 'lb',
};

/** Distance and time units in headers: "Distance (meters)", "km" (Strong 2016), "Duration (sec)". */
export const OTHER_UNIT_WORDS: Readonly<Record<string, 'distance' | 'seconds'>> = {
  km: 'distance',
  mi: 'distance',
  miles: 'distance',
  m: 'distance',
  meters: 'distance',
  metres: 'distance',
  s: 'seconds',
  sec: 'seconds',
  secs: 'seconds',
  seconds: 'seconds',
};
