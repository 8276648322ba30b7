/**
 * Type helper: a header parameter the client fills in itself (Mercuryo's `B2B-User-Ip`) becomes
 * optional at the call site, while every other parameter stays as the spec says.
 * @see ../../specs/mercuryo-spend.yaml
 */

type OptionalHeader<Params, Name extends string> = Params extends { header: infer Header }
  ? Omit<Params, "header"> & { header?: Omit<Header, Name> & Partial<Pick<Header, Name & keyof Header>> }
  : Params;

type OptionalHeaderInOperation<Operation, Name extends string> = Operation extends { parameters: infer Params }
  ? Omit<Operation, "parameters"> & { parameters: OptionalHeader<Params, Name> }
  : Operation;

/** `paths` with header `Name` optional in every operation. */
export type WithInjectedHeader<Paths, Name extends string> = {
  [Path in keyof Paths]: { [Method in keyof Paths[Path]]: OptionalHeaderInOperation<Paths[Path][Method], Name> };
};
