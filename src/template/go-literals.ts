/**
 * Go literal quoting and number parsing as text/template's lexer and parser use them. The
 * implementations are the strconv port in strconv.ts (golang/go src/strconv/quote.go, atoi.go,
 * atof.go); this module names the subset the template stages import.
 */
export {
  StrconvError,
  isGoPrint,
  goQuote,
  goQuoteRune,
  goUnquote,
  parseGoFloat,
  parseGoInt,
  parseGoUint,
  truncateRunes,
  unquoteChar,
} from './strconv.js';
