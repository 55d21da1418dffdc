// A message catalog's window part, as `catalogs.ts` makes it.
declare module '*.ftl?window' {
  const text: string;
  export default text;
}
