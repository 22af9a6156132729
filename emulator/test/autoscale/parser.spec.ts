import { expect } from "chai";
import {
  FormulaSyntaxError,
  FormulaTooLongError,
  MAX_FORMULA_LENGTH,
  parseAutoScaleFormula,
} from "../../src/autoscale/index.js";
import { tokenize } from "../../src/autoscale/lexer.js";
import { parseFormula } from "../../src/autoscale/parser.js";

function syntaxError(formula: string): FormulaSyntaxError {
  try {
    parseAutoScaleFormula(formula);
  } catch (err) {
    if (err instanceof FormulaSyntaxError) return err;
    throw err;
  }
  throw new Error(`no syntax error in ${formula}`);
}

describe("emulator: autoscale: lexer and parser", () => {
  it("tokenizes numbers, strings, names, operators and skips comments with positions", () => {
    const t = tokenize('a = 1.5e2; // c\n/* b\n */ $B="x y" && !c');
    expect(t.map((x) => `${x.kind}:${x.text}@${x.at.line}.${x.at.column}`)).to.deep.equal([
      "name:a@1.1",
      "op:=@1.3",
      "number:1.5e2@1.5",
      "op:;@1.10",
      "name:$B@3.5",
      "op:=@3.7",
      "string:x y@3.8",
      "op:&&@3.14",
      "op:!@3.17",
      "name:c@3.18",
      "end:@3.19",
    ]);
    expect(t[2]!.value).to.equal(150);
  });

  it("honours precedence: * over +, comparison over &&, && over ||, ?: lowest and right-associative", () => {
    const [s] = parseFormula("x = 1 + 2 * 3 < 4 && 5 || 6 ? 7 : 8 ? 9 : 10").statements;
    const show = (e: any): string =>
      e.kind === "number"
        ? String(e.value)
        : e.kind === "binary"
          ? `(${show(e.left)}${e.op}${show(e.right)})`
          : e.kind === "conditional"
            ? `(${show(e.test)}?${show(e.then)}:${show(e.otherwise)})`
            : "?";
    expect(show(s!.value)).to.equal("(((((1+(2*3))<4)&&5)||6)?7:(8?9:10))");
  });

  it("parses calls, sample methods, members, unary operators and parentheses", () => {
    const f = parseFormula("a = -min(1, $X.GetSample(TimeInterval_Minute * 5, 70)); b = time().hour; c = !(a == b)");
    expect(f.statements.map((s) => s.target)).to.deep.equal(["a", "b", "c"]);
    const a: any = f.statements[0]!.value;
    expect(a).to.include({ kind: "unary", op: "-" });
    expect(a.operand).to.include({ kind: "call", callee: "min" });
    expect(a.operand.args[1]).to.include({ kind: "method", method: "GetSample" });
    expect(f.statements[1]!.value).to.include({ kind: "member", member: "hour" });
  });

  it("accepts empty statements, a missing final ';' and new lines inside statements", () => {
    expect(parseAutoScaleFormula(";;$TargetDedicatedNodes =\n 1;;").statements).to.have.length(1);
    expect(parseAutoScaleFormula("").statements).to.have.length(0);
  });

  it("reports the line and column of the first problem", () => {
    expect(syntaxError("$TargetDedicatedNodes = ;").message).to.equal(
      "Line 1, Col 25: Expected an expression but found ';'.",
    );
    expect(syntaxError("a = 1\nb = 2").message).to.equal("Line 2, Col 1: Expected ';' but found 'b'.");
    expect(syntaxError("a = (1 + 2").message).to.equal(
      "Line 1, Col 11: Expected ')' but found the end of the formula.",
    );
    expect(syntaxError("a = 1 ? 2").message).to.equal("Line 1, Col 10: Expected ':' but found the end of the formula.");
    expect(syntaxError("a = 1 # 2").message).to.equal("Line 1, Col 7: Unexpected character '#'.");
    expect(syntaxError('a = "open').message).to.equal("Line 1, Col 5: Unterminated string.");
    expect(syntaxError("a = 1 /* open").message).to.equal("Line 1, Col 7: Unterminated comment.");
    expect(syntaxError("1 = a").message).to.equal("Line 1, Col 1: Expected a variable name but found '1'.");
    expect(syntaxError("a = time().$x").message).to.equal(
      "Line 1, Col 12: Expected a member or method name but found '$x'.",
    );
  });

  it("checks names, functions, methods and assignments before evaluating", () => {
    expect(syntaxError("a = b").message).to.equal("Line 1, Col 5: Undefined variable 'b'.");
    expect(syntaxError("a = a + 1").message).to.equal("Line 1, Col 5: Undefined variable 'a'.");
    expect(syntaxError("a = ceil(1)").message).to.equal("Line 1, Col 5: Unknown function 'ceil'.");
    expect(syntaxError("a = val(1)").message).to.equal("Line 1, Col 5: Function 'val' does not take 1 argument(s).");
    expect(syntaxError("a = rand(1)").detail).to.equal("Function 'rand' does not take 1 argument(s).");
    expect(syntaxError("a = $PendingTasks.Sample(1)").message).to.equal("Line 1, Col 19: Unknown method 'Sample'.");
    expect(syntaxError("a = $PendingTasks.GetSample()").detail).to.equal(
      "Method 'GetSample' does not take 0 argument(s).",
    );
    expect(syntaxError("x = 1; a = x.GetSample(1)").detail).to.equal(
      "Method 'GetSample' can only be called on a service-defined read-only variable.",
    );
    expect(syntaxError("$TargetDedicatedNodes = 1; a = $TargetDedicatedNodes.Count()").detail).to.contain(
      "read-only variable",
    );
    expect(syntaxError("$PendingTasks = 1").message).to.equal("Line 1, Col 1: Variable '$PendingTasks' is read-only.");
    expect(syntaxError("$currentdedicatednodes = 1").detail).to.equal(
      "Variable '$currentdedicatednodes' is read-only.",
    );
    expect(syntaxError("TimeInterval_Second = 1").detail).to.contain("built-in name");
  });

  it("limits formulas to 8192 characters and 100 statements", () => {
    expect(() => parseAutoScaleFormula(`a = 1;${" ".repeat(MAX_FORMULA_LENGTH)}`)).to.throw(FormulaTooLongError);
    const hundred = Array.from({ length: 100 }, (_, i) => `v${i} = ${i}`).join(";");
    expect(parseAutoScaleFormula(hundred).statements).to.have.length(100);
    expect(syntaxError(`${hundred}; extra = 1`).detail).to.equal("A formula can have at most 100 statements.");
  });
});
