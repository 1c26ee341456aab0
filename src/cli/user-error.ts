/** An error whose message is meant for the person at the terminal: printed as one line, no stack. */
export class UserError extends Error {
  override readonly name = "UserError";
}
