import { expect } from "chai";
import { CommandLineError, splitCommandLine } from "../src/commandLine.js";

describe("emulator: command line tokenizer", () => {
  const cases: [string, string[]][] = [
    ["echo hi", ["echo", "hi"]],
    ["  echo   hi  ", ["echo", "hi"]],
    ['/bin/sh -c "echo hi && exit 3"', ["/bin/sh", "-c", "echo hi && exit 3"]],
    ["/bin/sh -c 'echo $HOME; exit 1'", ["/bin/sh", "-c", "echo $HOME; exit 1"]],
    ['/bin/sh -c "echo $AZ_BATCH_TASK_ID"', ["/bin/sh", "-c", "echo $AZ_BATCH_TASK_ID"]],
    ['a"b c"d', ["ab cd"]],
    ["a'b c'd", ["ab cd"]],
    ['""', [""]],
    ["'' x", ["", "x"]],
    ['echo "say \\"hi\\""', ["echo", 'say "hi"']],
    ['echo "back\\\\slash"', ["echo", "back\\slash"]],
    ['echo "keep \\n as is"', ["echo", "keep \\n as is"]],
    ["echo a\\ b", ["echo", "a b"]],
    ["echo \\'quoted\\'", ["echo", "'quoted'"]],
    ["echo 'it'\\''s'", ["echo", "it's"]],
    ["trailing\\", ["trailing\\"]],
    ["tab\tseparated\nlines", ["tab", "separated", "lines"]],
    ["", []],
    ["python3 -c \"print('x')\"", ["python3", "-c", "print('x')"]],
  ];
  for (const [input, expected] of cases) {
    it(`splits ${JSON.stringify(input)}`, () => {
      expect(splitCommandLine(input)).to.deep.equal(expected);
    });
  }

  it("refuses an unterminated double quote", () => {
    expect(() => splitCommandLine('echo "oops')).to.throw(CommandLineError);
  });

  it("refuses an unterminated single quote", () => {
    expect(() => splitCommandLine("echo 'oops")).to.throw(CommandLineError);
  });
});
