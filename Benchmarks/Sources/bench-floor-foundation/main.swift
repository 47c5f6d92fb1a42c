// The start-up floor P1 is compared with: Foundation loaded (as GRDB and Yams load it in cfag),
// ncurses initialised, one screen painted.
import BenchFloor
import Foundation

if ProcessInfo.processInfo.environment["TERM"] != nil { FloorScreen.paint() }
