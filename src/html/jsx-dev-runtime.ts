// The development entry of the JSX runtime (same functions).
export { Fragment, jsx, jsx as jsxDEV, jsxs, JSX } from "./jsx-runtime.js";
