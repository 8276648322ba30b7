/**
 * Credentials and one-time codes for smoke and sandbox runs: environment first, seed accounts
 * only for the paymock mock, codes from the env or a prompt, and clear messages when missing.
 * (Reading codes from the mock's outbox is exercised by the smoke tests, which use random codes.)
 */
import { describe, expect, it } from "vitest";
import { MissingCredentialError, resolveCredentials, toEnvName } from "./credentials.js";
import { createOtpSource } from "./otp-source.js";
import type { Target } from "./target.js";

const sandbox: Target = { api: "b2core-backoffice", baseUrl: "https://b2core.example", isMock: false };

describe("credentials", () => {
  it("names the variables PAYMOCK_<API>_<NAME>", () => {
    expect(toEnvName("mercuryo-spend", "PARTNER_TOKEN")).toBe("PAYMOCK_MERCURYO_SPEND_PARTNER_TOKEN");
  });

  it("uses the environment first, seed accounts only for the mock, fallbacks always", () => {
    const env = { PAYMOCK_NBCGATE_EMAIL: " ops@merchant.example " };
    const onMock = resolveCredentials("nbcgate", env, true);
    const onSandbox = resolveCredentials("nbcgate", env, false);
    expect(onMock.get("EMAIL")).toBe("ops@merchant.example");
    expect(onMock.get("PASSWORD")).toBe("Password123");
    expect(onSandbox.get("PASSWORD")).toBeUndefined();
    expect(onSandbox.get("COIN_ID")).toBe("1");
  });

  it("says which variable to set when a required one is missing", () => {
    const credentials = resolveCredentials("softline-checkout", {}, false);
    expect(() => credentials.require("USERNAME")).toThrow(
      new MissingCredentialError("set PAYMOCK_SOFTLINE_CHECKOUT_USERNAME (API login)"),
    );
  });
});

describe("one-time codes", () => {
  it("takes the code from PAYMOCK_<API>_OTP", async () => {
    const ask = createOtpSource(sandbox, { PAYMOCK_B2CORE_BACKOFFICE_OTP: "482913" }, undefined, { readOutbox: false });
    expect(await ask("B2Core 2FA", "admin@b2core.test")).toBe("482913");
  });

  it("asks on the terminal when the env has no code", async () => {
    const questions: string[] = [];
    const prompt = async (question: string) => {
      questions.push(question);
      return "771204";
    };
    const ask = createOtpSource(sandbox, {}, prompt, { readOutbox: true });
    expect(await ask("B2Core 2FA", "admin@b2core.test")).toBe("771204");
    expect(questions).toEqual(["B2Core 2FA: one-time code sent to admin@b2core.test: "]);
  });

  it("stops with how to provide the code when there is no env value and no terminal", async () => {
    const ask = createOtpSource(sandbox, {}, undefined, { readOutbox: false });
    await expect(ask("B2Core 2FA", "admin@b2core.test")).rejects.toThrow(
      "B2Core 2FA needs the one-time code sent to admin@b2core.test: set PAYMOCK_B2CORE_BACKOFFICE_OTP or run in a terminal",
    );
  });
});
