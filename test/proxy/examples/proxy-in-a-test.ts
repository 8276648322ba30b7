/** docs/proxy.md shows the region below verbatim; examples.test.ts runs it. */
import { startProxy } from "../../../mocks/proxy/start-proxy.js";
import { createSoftlineCheckoutClient } from "../../../src/index.js";

// #region example
export async function proxyExample(sandboxUrl: string, recordDir: string) {
  const proxy = await startProxy({
    api: "softline-checkout",
    target: sandboxUrl, // e.g. the vendor's sandbox base URL
    port: 0, // any free port
    record: recordDir, // candidate examples for `paymock examples import`
    logLevel: "silent",
  });
  try {
    const softline = createSoftlineCheckoutClient({ baseUrl: proxy.url });
    await softline.login({ username: "merchant", password: "merchant-secret" });
    const products = await softline.GET("/v1/product");
    return {
      status: products.response.status,
      // null when the answer matched the spec; else a short JSON list of what did not
      violations: products.response.headers.get("x-paymock-violations"),
      drift: proxy.drift(), // per operation: calls, violations by kind, last example of each
    };
  } finally {
    await proxy.stop();
  }
}
// #endregion example
