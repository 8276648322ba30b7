/**
 * The version a Pact Broker records for paymock's pacts and verifications: the git commit, and the
 * branch (`GIT_BRANCH` wins, for CI checkouts on a detached HEAD). `GIT_COMMIT` overrides the commit.
 * @see https://docs.pact.io/getting_started/versioning_in_the_pact_broker
 */
import { execFileSync } from "node:child_process";
import type { Env } from "../credentials.js";

/** A commit and, when known, its branch. */
export interface GitVersion {
  readonly commit: string;
  readonly branch: string | undefined;
}

const git = (cwd: string, ...args: string[]): string | undefined => {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
};

/** Reads the commit and branch of the work tree at `cwd`; throws when there is no commit. */
export function readGitVersion(cwd: string, env: Env): GitVersion {
  const commit = env.GIT_COMMIT?.trim() || git(cwd, "rev-parse", "HEAD");
  if (commit === undefined || commit === "") {
    throw new Error("no git commit to use as the version: run inside the repository or set GIT_COMMIT.");
  }
  const fromGit = git(cwd, "rev-parse", "--abbrev-ref", "HEAD");
  const branch = env.GIT_BRANCH?.trim() || (fromGit === "HEAD" ? undefined : fromGit);
  return { commit, branch: branch === "" ? undefined : branch };
}
