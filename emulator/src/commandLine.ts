/**
 * Splits a task command line into argv, the way a POSIX shell splits words
 * (without expansions): the emulator runs tasks without a shell unless the
 * command line calls one, as the Batch service does.
 */

/** Thrown by {@link splitCommandLine} for an unterminated quote. */
export class CommandLineError extends Error {
  override readonly name = "CommandLineError";
}

const DOUBLE_QUOTE_ESCAPABLE = new Set(['"', "\\", "$", "`", "\n"]);

/**
 * Splits a command line into arguments.
 *
 * Rules: blanks (space, tab, newline) separate arguments; `'...'` is literal;
 * inside `"..."` a backslash escapes `"`, `\`, `$`, `` ` `` and newline and is
 * kept otherwise; outside quotes a backslash escapes the next character;
 * quotes join with adjacent text (`a"b c"d` is one argument) and `""` is an
 * empty argument. No variable, glob or tilde expansion happens.
 *
 * @param commandLine - The task's command line.
 * @returns The argv, program first.
 * @throws {@link CommandLineError} when a quote is not closed.
 * @example splitCommandLine(`/bin/sh -c "echo hi && exit 3"`) // ["/bin/sh", "-c", "echo hi && exit 3"]
 */
export function splitCommandLine(commandLine: string): string[] {
  const args: string[] = [];
  let current = "";
  let inWord = false;
  let i = 0;
  const s = commandLine;
  while (i < s.length) {
    const c = s[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      if (inWord) {
        args.push(current);
        current = "";
        inWord = false;
      }
      i++;
    } else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new CommandLineError(`Unterminated single quote at position ${i}`);
      current += s.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      let closed = false;
      while (i < s.length) {
        const d = s[i]!;
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === "\\" && i + 1 < s.length && DOUBLE_QUOTE_ESCAPABLE.has(s[i + 1]!)) {
          if (s[i + 1] !== "\n") current += s[i + 1];
          i += 2;
          continue;
        }
        current += d;
        i++;
      }
      if (!closed) throw new CommandLineError("Unterminated double quote");
    } else if (c === "\\") {
      inWord = true;
      if (i + 1 < s.length) {
        if (s[i + 1] !== "\n") current += s[i + 1];
        i += 2;
      } else {
        current += "\\";
        i++;
      }
    } else {
      current += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) args.push(current);
  return args;
}
