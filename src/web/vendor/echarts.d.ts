// The page imports ./vendor/echarts.js, a copy of echarts' own ES module build (dist/echarts.esm.min.mjs);
// its types are the package's.
export * from "echarts";
