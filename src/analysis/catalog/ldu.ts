/**
 * Limited Data Use (LDU): the values Meta accepts for data processing options, and where each
 * Business Tool takes them. Source: Meta "Data Processing Options for US Users"
 * (reference/meta-business-tools.md §7).
 */

/** The only data processing mode. `[]` explicitly turns LDU off. */
export const LDU_MODE = 'LDU';

/** `data_processing_options_country`: 1 is the United States, 0 lets Meta geolocate. */
export const LDU_COUNTRIES: ReadonlyMap<number, string> = new Map([
  [0, 'let Meta geolocate'],
  [1, 'United States'],
]);

export interface LduState {
  readonly name: string;
  readonly abbreviation: string;
}

/** `data_processing_options_state`: 0 lets Meta geolocate; 1000–1013 are the covered US states. */
export const LDU_STATES: ReadonlyMap<number, LduState> = new Map([
  [0, { name: 'let Meta geolocate', abbreviation: '' }],
  [1000, { name: 'California', abbreviation: 'CA' }],
  [1001, { name: 'Colorado', abbreviation: 'CO' }],
  [1002, { name: 'Connecticut', abbreviation: 'CT' }],
  [1003, { name: 'Florida', abbreviation: 'FL' }],
  [1004, { name: 'Oregon', abbreviation: 'OR' }],
  [1005, { name: 'Texas', abbreviation: 'TX' }],
  [1006, { name: 'Montana', abbreviation: 'MT' }],
  [1007, { name: 'Delaware', abbreviation: 'DE' }],
  [1008, { name: 'Nebraska', abbreviation: 'NE' }],
  [1009, { name: 'New Hampshire', abbreviation: 'NH' }],
  [1010, { name: 'New Jersey', abbreviation: 'NJ' }],
  [1011, { name: 'Minnesota', abbreviation: 'MN' }],
  [1012, { name: 'Maryland', abbreviation: 'MD' }],
  [1013, { name: 'Rhode Island', abbreviation: 'RI' }],
]);

/** Country names people write instead of the code. */
export const LDU_COUNTRY_ALIASES: ReadonlySet<string> = new Set(['us', 'usa', 'united states', 'united states of america']);

/** The three settings of a data processing decision. */
export type DpoPart = 'modes' | 'country' | 'state';

/** Conversions API / Offline Conversions / App Events event fields. */
export const CAPI_DPO_FIELDS: Readonly<Record<DpoPart, string>> = Object.freeze({
  modes: 'data_processing_options',
  country: 'data_processing_options_country',
  state: 'data_processing_options_state',
});

/** Image pixel query parameters (`&dpo=LDU&dpoco=1&dpost=1000`; `&dpo=` turns LDU off). */
export const IMAGE_PIXEL_DPO_PARAMETERS: Readonly<Record<DpoPart, string>> = Object.freeze({
  modes: 'dpo',
  country: 'dpoco',
  state: 'dpost',
});

/** facebook-nodejs-business-sdk `ServerEvent` setters. */
export const SDK_DPO_SETTERS: Readonly<Record<string, DpoPart>> = Object.freeze({
  setDataProcessingOptions: 'modes',
  setDataProcessingOptionsCountry: 'country',
  setDataProcessingOptionsState: 'state',
});
