// shouting: ALL-CAPS words (two or more letters) that are not acronyms or codes, or "!!".
import type { Evidence } from '../types';
import { atSentenceStart } from '../text/compose';
import { evidenceOf } from './checks';
import { SUPPORT_PREFIX } from '../feeling/features';
import { loadModel } from '../feeling/model';
import { isKnownRuleFeature } from './learned';
import { fill, RULE_TEXT } from './catalog';
import type { RuleContext, RuleDefinition, RuleExamples, RuleHit } from './types';

export const id = 'shouting' as const;
const TEXT = RULE_TEXT['shouting'];
export const severity = 'warning' as const;

/** Acronyms and all-caps names that are not shouting (3+ letters; shorter caps words never count). */
export const ACRONYM_LIST: readonly string[] = (
  'FAQ PDF ASAP USA API URL URLS HTML CSS SMS MMS PIN PINS VPN CEO CTO CFO COO CIO USD EUR GBP AUD CAD JPY CHF INR VAT GST HST ' +
  'USB DNS SSL TLS HTTP HTTPS JSON CSV XML SQL SDK SSO MFA OTP ETA EOD COB EOW FYI RMA SKU SKUS UPS DHL USPS TNT GLS ' +
  'NASA IBAN BIC SWIFT ACH PST PDT EST EDT CST CDT MST MDT CET CEST UTC GMT BST IST AEST JST RSVP NDA GDPR CCPA HIPAA PCI ' +
  'SLA SLAS KPI CRM ERP SAAS RAM CPU GPU SSD HDD LED LCD OLED ATM IVR JPG JPEG PNG GIF SVG MP3 MP4 MOV AVI ZIP RAR EXE DMG APK ' +
  'IOS AWS GCP ISP LAN WAN WIFI NFC GPS SIM ESIM IMEI ISBN TBD TBA TBC IMO IMHO AKA DIY EMEA APAC NYC UAE EEA ' +
  'LLC LTD INC PLC GMBH BBC CNN IBM HP AMD AT&T TV PC ID OK SMTP IMAP POP FTP SFTP SSH RDP VOIP SIP LTE ' +
  'AI ML QA UX UI PR HR IT ROI B2B B2C CSAT NPS CTA RFP SOW PO POS EDI RFID QR OCR CAPTCHA DOB SSN EIN TIN ' +
  'ACME IKEA LEGO ASUS SONY NOKIA BMW AUDI FIAT TIKTOK NHS DMV IRS HMRC ATO CRA FBI CIA NATO UN EU UK US ' +
  'II III IV VI VII VIII IX XI XII XIV XV XX PS NB ' +
  'AM PM AD BC CC BCC RE FW FWD HDMI VGA DVI DVD NFT APR APY KYC AML UPC EAN GTIN MOQ DDP FOB EXW AWB COD EOL ' +
  'OAUTH SAML LDAP SCIM JWT CLI GUI IDE CDN TOS EULA ASCII UTF RGB CMYK DPI PPI HDR OEM ODM MSRP RRP ETD ' +
  'NZ AU CA NY TX FL DC'
).split(' ');

/** The same, as a set (the list is written once: test/unit/rules/word-lists.test.ts checks it). */
export const ACRONYMS: ReadonlySet<string> = new Set(ACRONYM_LIST);

/** Short caps words that stay upper-case inside a shouted run ("YOUR ID IS WRONG" → "your ID is wrong"). */
const KEEP_UPPER = new Set(['I', 'OK', 'ID', 'TV', 'PC', 'UK', 'EU', 'USA', 'FAQ', 'PDF', 'API', 'URL', 'PIN', 'VPN', 'SMS']);

const BANGS_RE = /!{2,}/g;
const GAP_OK = /^[ \t,;:'’"“”()&/-]{1,4}$/;
const CODE_CHARS = '._&-';

/** A cased letter (Latin, Greek, Cyrillic, …): no `\p{…}` regexes, which are slow to compile. */
function isCased(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122); // ASCII without two case conversions
  return ch.toLowerCase() !== ch.toUpperCase();
}
function isUpper(ch: string): boolean {
  return isCased(ch) && ch === ch.toUpperCase();
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** True when text has two upper-case letters in a row (cheap test before tokenizing). */
function hasCapsRun(text: string): boolean {
  let run = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === "'" || ch === '’') continue;
    if (isUpper(ch)) {
      if (++run >= 2) return true;
    } else run = 0;
  }
  return false;
}

// URLs, e-mail addresses and markup tags keep whatever case they have.
const URLISH_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|<\/?[A-Za-z!][^<>]{0,300}>/gi;

/** Ranges of URLs, e-mail addresses and tags, in order. */
function urlRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  URLISH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URLISH_RE.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  URLISH_RE.lastIndex = 0;
  return out;
}

interface CapsToken {
  start: number;
  end: number;
  text: string;
  /** A caps word that counts as shouting on its own. */
  loud: boolean;
}

const VOWEL = /[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]/;
const LABEL_AFTER = /^[ \t]*:/;

function isLoud(text: string, start: number, end: number, word: string): boolean {
  for (const ch of word) if (isDigit(ch) || CODE_CHARS.includes(ch)) return false; // XK-2000, A4, U.S.A, AT&T, MAX_SIZE
  const bare = word.replace(/['’]/g, '');
  if (bare.length < 2) return false;
  // No vowel: an abbreviation, not a shouted word (HTTP, SMTP, CSV, PDF).
  if (/^[A-Z]+$/.test(bare) && !VOWEL.test(bare)) return false;
  if (ACRONYMS.has(bare) || ACRONYMS.has(bare.replace(/S$/, ''))) return false;
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  // Tags and entities: <DIV>, </P>, &NBSP;, KEY=value
  if (before === '<' || before === '/' || before === '&' || before === '!' || after === '=' || after === '>') return false;
  // A label at the start of a line or sentence: "NOTE: …", "UPDATE: …"
  if (LABEL_AFTER.test(text.slice(end, end + 3)) && atSentenceStart(text, start)) return false;
  // Short caps in brackets are labels or codes: [ABCD], (GDPR)
  if ((before === '[' || before === '(' || before === '{') && bare.length <= 5) return false;
  return true;
}

/** A known acronym (the list, or 3+ capitals without a vowel). */
function isAcronym(word: string): boolean {
  const bare = word.replace(/['’]/g, '');
  return ACRONYMS.has(bare) || ACRONYMS.has(bare.replace(/S$/, '')) || (bare.length >= 3 && /^[A-Z]+$/.test(bare) && !VOWEL.test(bare));
}

/** Whether a word (any case) is an English word the feeling model or the rule model knows. */
function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  const index = loadModel().index;
  return index.has(w) || index.has(SUPPORT_PREFIX + w) || isKnownRuleFeature(w);
}

function lowerRun(text: string, run: CapsToken[], startsSentence: boolean): string {
  let out = '';
  for (let k = 0; k < run.length; k++) {
    const t = run[k]!;
    if (k > 0) out += text.slice(run[k - 1]!.end, t.start);
    const keep = KEEP_UPPER.has(t.text) || (!t.loud && t.text.length >= 3);
    out += keep ? t.text : t.text.toLowerCase();
  }
  if (startsSentence && out) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

export function checkShouting(ctx: RuleContext): RuleHit[] {
  const text = ctx.text;
  const hits: RuleHit[] = [];
  // Capitals in the sign-off block are company names and titles ("Customer Success | ACME"), not shouting.
  const capsEnd = ctx.layout.signoffStart ?? text.length;
  const capsText = capsEnd === text.length ? text : text.slice(0, capsEnd);
  if (hasCapsRun(capsText)) {
    const urls = urlRanges(capsText);
    let u = 0;
    // Collect all-caps tokens, grouping neighbours ("PLEASE READ THIS") into one run.
    let run: CapsToken[] = [];
    const flush = () => {
      // A caps word outside the acronym list is shouting when it is an English word (NOT, NEVER, SAFE),
      // or when it stands beside other shouted words; alone and unknown it is an acronym or a name
      // (PAYE, SEPA, FCA); next to an acronym it is part of a name (REST API).
      const candidates = run.filter((t) => t.loud);
      const beside = run.some((t) => !t.loud && (isAcronym(t.text) || /\d/.test(t.text)));
      if (candidates.length === 1) candidates[0]!.loud = !beside && isEnglishWord(candidates[0]!.text);
      if (run.some((t) => t.loud)) {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        const evidence: Evidence[] = run.filter((t) => t.loud).map((t) => evidenceOf(ctx.draft, t.start, t.end));
        const lower = lowerRun(text, run, atSentenceStart(text, start));
        hits.push({ start, end, evidence, suggestions: [{ label: fill(TEXT.fixes.lower, { word: lower }), text: lower, replace: { start, end } }] });
      }
      run = [];
    };
    // Tokens: letters and digits, joined by ' ’ . & _ - ("DON'T", "XK-2000", "AT&T").
    const n = capsText.length;
    let k = 0;
    while (k < n) {
      const ch = capsText[k]!;
      if (!isCased(ch) && !isDigit(ch)) {
        k++;
        continue;
      }
      const start = k;
      let hasLower = false;
      let hasUpper = false;
      while (k < n) {
        const c = capsText[k]!;
        if (isCased(c)) {
          if (c === c.toUpperCase()) hasUpper = true;
          else hasLower = true;
          k++;
        } else if (isDigit(c)) k++;
        else if ((c === "'" || c === '’' || CODE_CHARS.includes(c)) && k + 1 < n && (isCased(capsText[k + 1]!) || isDigit(capsText[k + 1]!))) k++;
        else break;
      }
      const end = k;
      while (u < urls.length && urls[u]![1] <= start) u++;
      if (u < urls.length && urls[u]![0] <= start) {
        if (run.length) flush();
        continue;
      }
      if (hasLower || !hasUpper) {
        if (run.length) flush();
        continue;
      }
      const word = capsText.slice(start, end);
      const token: CapsToken = { start, end, text: word, loud: isLoud(text, start, end, word) };
      const prev = run[run.length - 1];
      if (prev && !GAP_OK.test(text.slice(prev.end, start))) flush();
      run.push(token);
    }
    if (run.length) flush();
  }
  BANGS_RE.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = BANGS_RE.exec(text)) !== null) {
    const start = b.index;
    const end = start + b[0].length;
    if (start > 0 && (text[start - 1] === '<' || text[start - 1] === '!')) continue; // <!!…> markup
    hits.push({ start, end, evidence: [evidenceOf(ctx.draft, start, end)], suggestions: [{ label: TEXT.fixes.oneBang, text: '!', replace: { start, end } }] });
  }
  BANGS_RE.lastIndex = 0;
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  check: checkShouting,
};

/**
 * This rule's own examples: drafts it must fire on and near misses it must pass (run by
 * test/unit/rules/examples.test.ts, and training data for the learned layer). Not part of `rule`, so the
 * analyzer's bundle does not carry them.
 */
export const examples: RuleExamples = {
  fire: [
    { draft: 'Your order has NOT shipped yet.' },
    { draft: 'PLEASE READ THE INSTRUCTIONS.' },
    { draft: 'Thanks!!' },
    { draft: 'This is VERY important.' },
    { draft: 'I have ALREADY refunded you.' },
    { draft: 'We will NEVER share your data!!' },
    { draft: "DON'T reply to this email." },
  ],
  pass: [
    { draft: "OK, I've sent the FAQ link as a PDF." },
    { draft: 'Please reply ASAP so we can ship to your USA address.' },
    { draft: 'Your ticket is [ABCD] and the SKU is XK-2000.' },
    { draft: 'The error code E404B means the API key expired.' },
    { draft: "I've reset your MFA and your VPN access." },
    { draft: 'Great news: your refund is done!' },
    { draft: 'Ship via UPS or DHL, whichever is cheaper.' },
    { draft: 'Your (GDPR) request is logged under ref ZX9Q.', why: 'a code without digits in a known style is still rare; "ZX9Q" has a digit' },
    { draft: 'Call me at 9 AM or 3 PM, whichever suits you.' },
    { draft: 'NOTE: the new password expires in 24 hours.' },
    { draft: 'The USB-C adapter and the HDMI cable are both in the box.' },
  ],
};
