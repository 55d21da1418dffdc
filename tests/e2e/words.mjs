// What a page shows in words, read in the page itself: text left in plain
// ASCII English (in the pseudo-locale every translated word carries accents,
// so a run of plain ASCII letters is a word no catalog made), and text that
// overflows or is clipped by its box.

// Runs in the page: returns { untranslated: [{ text, where }], overflowing: [{ text, where }] }.
const SCAN = `
const skip = '[translate="no"], script, style, noscript, [hidden], [aria-hidden="true"]';
const where = (el) => {
  const parts = [];
  for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
    parts.unshift(e.dataset?.testid ? e.tagName.toLowerCase() + '[' + e.dataset.testid + ']' : e.tagName.toLowerCase());
  }
  return parts.join(' > ');
};
const shown = (el) => {
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden') return false;
  }
  return true;
};
// A run of two or more ASCII letters: an English word no catalog touched.
const plain = /[A-Za-z]{2,}/g;
const untranslated = [];
const overflowing = [];
const viewport = document.documentElement.clientWidth;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  const text = node.textContent.trim();
  if (!el || !text || el.closest(skip) || !shown(el)) continue;
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) continue;
  const words = text.match(plain);
  if (words) untranslated.push({ text, words, where: where(el) });
  // The text's own box against every box that clips it, and the window.
  for (const r of rects) {
    if (r.left < -1 || r.right > viewport + 1) {
      overflowing.push({ text, where: where(el), why: 'outside the window' });
      break;
    }
    let clipped = null;
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      // Across only: a list that scrolls down is not text cut off.
      if (s.overflowX === 'visible') continue;
      const box = e.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1) {
        clipped = e;
        break;
      }
    }
    if (clipped) {
      overflowing.push({ text, where: where(el), why: 'clipped by ' + where(clipped) });
      break;
    }
  }
}
// Words in attributes a person meets: placeholders, tooltips, accessible names.
for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
  if (el.closest(skip) || !shown(el)) continue;
  for (const name of ['placeholder', 'title', 'aria-label']) {
    const value = el.getAttribute(name);
    const words = value?.match(plain);
    if (words) untranslated.push({ text: value, words, where: where(el) + ' @' + name });
  }
}
return { untranslated, overflowing };
`;

/** Reads the page as shown now; see SCAN. */
export function scanWords(d) {
  return d.execute(SCAN);
}

// Words no catalog is meant to change: the names of the service and the app,
// and what CLDR writes in English times and dates (the pseudo-locale formats
// them as English does, through ICU in the agent and Intl in the page).
const NAMES = ['WAPing', 'Desk', 'WhatsApp'];
const CLDR_ENGLISH = new Set([
  'AM', 'PM',
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** Plain ASCII words in `text` no catalog made: minus `data` (names the user gave), the product's names and CLDR's English date words. */
export function plainWords(text, data = []) {
  let rest = text;
  // Longest first, so that a name holding another ("statusChangedAt", "status") goes whole.
  for (const d of [...data, ...NAMES].sort((a, b) => b.length - a.length)) rest = rest.split(d).join(" ");
  // Addresses and a key's masked end are data, not words.
  rest = rest.replace(/\bhttps?:\/\/\S+/g, ' ').replace(/•+\S*/g, ' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !CLDR_ENGLISH.has(w));
}
