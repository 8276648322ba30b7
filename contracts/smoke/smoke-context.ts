/**
 * What a smoke plan gets: the target, its credentials, a code source for sign-ins, whether writes
 * are allowed, and the recorder whose fetch every typed client must use.
 * @see ./run-smoke.ts
 */
import type { Credentials } from "../credentials.js";
import type { OtpSource } from "../otp-source.js";
import type { Target } from "../target.js";
import type { Recorder } from "./recorder.js";

/** Everything a smoke plan may use; clients must send through `recorder.fetch`. */
export interface SmokeContext {
  readonly target: Target;
  readonly credentials: Credentials;
  readonly askForOtp: OtpSource;
  /** Money-moving or state-creating requests are only sent when true (`--allow-writes`). */
  readonly allowWrites: boolean;
  readonly recorder: Recorder;
}

/** A read-mostly happy path for one API: sign in, read, (write if allowed,) sign out. */
export type SmokePlan = (ctx: SmokeContext) => Promise<void>;

/** The reason written for write steps of a run without `--allow-writes`. */
export const WRITES_NOT_ALLOWED = "not sent: writes need --allow-writes";
