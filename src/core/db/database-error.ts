/** Why a database file was refused; the message is for people. */
export class DatabaseError extends Error {
  override readonly name = "DatabaseError";
}

/** A zod issue as "path: message". */
export function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  return issue ? `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}` : "unknown problem";
}
