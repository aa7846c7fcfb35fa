#ifndef DEBTDECK_CNCURSESW_SHIM_H
#define DEBTDECK_CNCURSESW_SHIM_H

// Wide-character curses. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the
// wide API here, before the header is read.
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>

// glibc hides these from Swift's view of <wchar.h>.
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

// Swift cannot import function-like macros or mutable C globals in Swift 6 mode.
static inline WINDOW *dd_stdscr(void) { return stdscr; }
static inline int dd_lines(void) { return LINES; }
static inline int dd_cols(void) { return COLS; }
static inline attr_t dd_a_bold(void) { return A_BOLD; }
static inline attr_t dd_a_reverse(void) { return A_REVERSE; }
static inline attr_t dd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dd_a_dim(void) { return A_DIM; }
static inline attr_t dd_a_normal(void) { return A_NORMAL; }
static inline int dd_key_f(int n) { return KEY_F(n); }
static inline int dd_color_pairs(void) { return COLOR_PAIRS; }
static inline int dd_colors(void) { return COLORS; }

/// Writes one cell: a wide character with attributes and a color pair.
static inline int dd_put_cell(int y, int x, wchar_t ch, attr_t attrs, short pair) {
  cchar_t cell;
  wchar_t text[2] = { ch, 0 };
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

/// Reads the character at a cell back (for headless tests of the backend).
static inline wchar_t dd_cell_char(int y, int x) {
  cchar_t cell;
  wchar_t text[CCHARW_MAX + 1];
  attr_t attrs;
  short pair;
  if (mvin_wch(y, x, &cell) == ERR) return 0;
  if (getcchar(&cell, text, &attrs, &pair, NULL) == ERR) return 0;
  return text[0];
}

#endif
