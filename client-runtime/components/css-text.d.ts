/** Stylesheets that components import as text (`with { type: 'text' }`) and adopt when their chunk loads (styles.ts). */
declare module '*.css' {
  const text: string;
  export default text;
}
