// cfag-bench: the in-process figures of the benchmark suite (Benchmarks/run drives it).
//   cfag-bench keys DB DAY      P2: 1,000 keys through update + view + diff on a 200×60 grid
//   cfag-bench reports DB DAY   P4: one audit's report in each format; trends and annual over the database
//   cfag-bench saves DB DAY     P2b (P7a on PostgreSQL): 200 grades with rationale, each to the next
//                               frame (changes DB)
//   cfag-bench writers DB DAY N SECONDS
//                               P7c: N threads, each its own store, adding progress notes for SECONDS;
//                               then checks nothing was lost and the chain verifies (changes DB)
// DB is an SQLite file or a PostgreSQL URI; on PostgreSQL the actor is the login.
// Each prints `name value` lines for Benchmarks/bench.py.
import CFAGDomain
import CFAGStore
import Foundation

let arguments = CommandLine.arguments
let usage = "usage: cfag-bench keys|reports|saves DATABASE YYYY-MM-DD | writers DATABASE YYYY-MM-DD N SECONDS"
guard arguments.count >= 4, let today = Day(iso: arguments[3]) else {
  print(usage)
  exit(2)
}
let store = try Store(path: arguments[2])
let session = Session(
  actor: store.login ?? "cfag-bench", today: today, clock: { "\(today.iso)T09:00:00.000Z" })
let workbench = try Workbench(store: store, session: session)
switch arguments[1] {
case "keys": try KeyReplay(workbench: workbench).run()
case "reports": try ReportTiming(workbench: workbench).run()
case "saves": try SaveReplay(workbench: workbench).run()
case "writers":
  guard arguments.count == 6, let count = Int(arguments[4]), count > 0, let seconds = Double(arguments[5])
  else {
    print(usage)
    exit(2)
  }
  try Writers(path: arguments[2], session: session, count: count, seconds: seconds).run(setup: workbench)
default:
  print("unknown figure \(arguments[1])")
  exit(2)
}
