/** The part of `sax` (1.x, CommonJS, no bundled types) that liquibase-tree.ts uses. */
declare module 'sax' {
  interface QualifiedAttribute {
    value: string;
  }
  interface Tag {
    name: string;
    attributes: Record<string, string | QualifiedAttribute>;
    isSelfClosing: boolean;
  }
  interface SAXParser {
    line: number;
    column: number;
    /** Offset just past the last character read. */
    position: number;
    /** One past the offset of the `<` that opened the current tag. */
    startTagPosition: number;
    onopentag: (tag: Tag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    onerror: (error: Error) => void;
    write(chunk: string): SAXParser;
    close(): SAXParser;
  }
  interface Options {
    /** Only XML's five predefined entities (no HTML entity table). */
    strictEntities?: boolean;
    position?: boolean;
  }
  const sax: { parser(strict: boolean, options?: Options): SAXParser };
  export default sax;
}
