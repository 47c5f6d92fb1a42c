// The start-up floor without Foundation: the Swift runtime and ncurses only (for information).
import BenchFloor

FloorScreen.paint()
