/**
 * A typed seam over Ajv's CommonJS exports: JSON Schema 2020-12 (OpenAPI 3.1) with formats.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((formatsModule as unknown as { default?: AddFormats }).default ??
  (formatsModule as unknown as AddFormats)) satisfies AddFormats;

/** An Ajv instance for OpenAPI 3.1 schemas: non-strict (OpenAPI keywords), all errors, formats checked. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}
