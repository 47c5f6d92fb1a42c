#ifndef CFAG_CCURSES_SHIM_H
#define CFAG_CCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros and globals Swift cannot import (or cannot use safely in Swift 6), as functions. */

static inline attr_t cfag_attr_normal(void) { return A_NORMAL; }
static inline attr_t cfag_attr_bold(void) { return A_BOLD; }
static inline attr_t cfag_attr_dim(void) { return A_DIM; }
static inline attr_t cfag_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cfag_attr_underline(void) { return A_UNDERLINE; }

/*
 * The cchar_t of one character with its look, as setcchar(3X) makes it from a one-character
 * string, without its checks and string scan: the backend makes one for every cell it draws.
 */
static inline cchar_t cfag_cchar(wchar_t ch, attr_t attrs, short pair) {
  cchar_t made;
  memset(&made, 0, sizeof made);
  made.attr = (attrs & ~A_COLOR) | ((attr_t)COLOR_PAIR(pair > 255 ? 255 : pair) & A_COLOR);
  made.chars[0] = ch;
#if NCURSES_EXT_COLORS
  made.ext_color = pair;
#endif
  return made;
}

static inline int cfag_key_f(int n) { return KEY_F(n); }
static inline int cfag_key_f0(void) { return KEY_F0; }

static inline WINDOW *cfag_stdscr(void) { return stdscr; }
static inline WINDOW *cfag_curscr(void) { return curscr; }
static inline int cfag_lines(void) { return LINES; }
static inline int cfag_cols(void) { return COLS; }
static inline int cfag_color_pairs(void) { return COLOR_PAIRS; }
static inline int cfag_escdelay(void) { return ESCDELAY; }
static inline int cfag_max_x(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline int cfag_max_y(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }

static inline FILE *cfag_stdin(void) { return stdin; }
static inline FILE *cfag_stdout(void) { return stdout; }

/* True when the current LC_CTYPE codeset is UTF-8. */
static inline int cfag_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* Turns off XON/XOFF so Ctrl-S and Ctrl-Q reach the program; call def_prog_mode() after. */
static inline void cfag_disable_flow_control(int fd) {
  struct termios t;
  if (tcgetattr(fd, &t) == 0) {
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(fd, TCSANOW, &t);
  }
}

/*
 * Signal trap for SIGINT, SIGTERM and SIGHUP. The first signal only records itself (async-signal
 * safe); the program polls it and restores the terminal through endwin. A second signal, for a
 * program that is stuck, restores the saved tty modes with write/tcsetattr and calls _exit.
 * The state is a function-local static: call these functions from a single Swift file.
 */
struct cfag_trap_state {
  volatile sig_atomic_t pending;
  int fd;
  int has_termios;
  struct termios termios;
};

static inline struct cfag_trap_state *cfag_trap(void) {
  static struct cfag_trap_state state = {0, -1, 0};
  return &state;
}

static inline void cfag_trap_handler(int sig) {
  struct cfag_trap_state *trap = cfag_trap();
  if (trap->pending != 0) {
    static const char reset[] = "\033[0m\033[?25h\033[?1049l\r\n";
    if (trap->fd >= 0) {
      ssize_t ignored = write(trap->fd, reset, sizeof reset - 1);
      (void)ignored;
      if (trap->has_termios) tcsetattr(trap->fd, TCSANOW, &trap->termios);
    }
    _exit(128 + sig);
  }
  trap->pending = sig;
}

static inline void cfag_trap_install(int tty_fd) {
  struct cfag_trap_state *trap = cfag_trap();
  trap->fd = tty_fd;
  trap->has_termios = tcgetattr(tty_fd, &trap->termios) == 0;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cfag_trap_handler;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
}

static inline void cfag_trap_remove(void) {
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
  cfag_trap()->fd = -1;
}

static inline int cfag_trap_pending(void) { return cfag_trap()->pending; }

/* terminfo lookups for `cfag doctor`. Declared here, not through term.h, to keep term.h's
   capability macros (lines, columns, ...) out of Swift. Returns 1 when the terminal is known. */
extern int setupterm(const char *, int, int *);
extern int tigetnum(const char *);
extern char *tigetstr(const char *);

static inline int cfag_terminfo_probe(const char *term, int *colours, int *addressable) {
  int error = 0;
  if (setupterm(term, -1, &error) != OK || error != 1) return 0;
  *colours = tigetnum("colors");
  char *cup = tigetstr("cup");
  *addressable = cup != NULL && cup != (char *)-1;
  return 1;
}

#endif
