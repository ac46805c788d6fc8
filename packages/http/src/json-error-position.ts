// JSON.parse says where JSON is malformed only for some mistakes ("Unexpected token '}', ..." has no position), so
// a failed parse is scanned again by this small validator (RFC 8259 grammar) to find the first offending character.

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Offset of the first character at which `text` stops being JSON (its length when it ends too early), or undefined
 * when it is valid or nested too deeply to scan (json-body.ts refuses a body nested deeper than MAX_JSON_DEPTH before
 * it gets here).
 */
export function jsonErrorPosition(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const skip = () => {
    while (WHITESPACE.has(text[i] as string)) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) fail();
    i++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text[i];
      if (char === undefined || char < " ") fail();
      i++;
      if (char === '"') return;
      if (char !== "\\") continue;
      if (text[i] === "u" && HEX.test(text.slice(i + 1, i + 5))) i += 5;
      else if (ESCAPES.has(text[i] as string)) i++;
      else fail();
    }
  };
  const value = (): void => {
    skip();
    const char = text[i];
    if (char === "{" || char === "[") {
      const close = char === "{" ? "}" : "]";
      i++;
      skip();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (close === "}") {
          skip();
          string();
          skip();
          expect(":");
        }
        value();
        skip();
        if (text[i] === close) {
          i++;
          return;
        }
        expect(",");
      }
    }
    if (char === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (char === word[0]) {
        for (const letter of word) expect(letter);
        return;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number === null) fail();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    skip();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    return error instanceof JsonSyntaxAt ? error.position : undefined;
  }
}

class JsonSyntaxAt {
  readonly position: number;
  constructor(position: number) {
    this.position = position;
  }
}

/** `line 2, column 7` of an offset (both from 1). */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return { line, column: position - before.lastIndexOf("\n") };
}
