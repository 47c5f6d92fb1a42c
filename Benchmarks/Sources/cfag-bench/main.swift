// cfag-bench: the in-process figures of the benchmark suite (Benchmarks/run drives it).
//   cfag-bench keys DB DAY      P2: 1,000 keys through update + view + diff on a 200×60 grid
//   cfag-bench reports DB DAY   P4: one audit's report in each format; trends and annual over the database
//   cfag-bench saves DB DAY     P2b: 200 grades with rationale, each to the next frame (changes DB)
// Each prints `name value` lines for Benchmarks/bench.py.
import CFAGDomain
import CFAGStore
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let today = Day(iso: arguments[3]) else {
  print("usage: cfag-bench keys|reports|saves DATABASE YYYY-MM-DD")
  exit(2)
}
let session = Session(actor: "cfag-bench", today: today, clock: { "\(today.iso)T09:00:00.000Z" })
let workbench = try Workbench(store: Store(path: arguments[2]), session: session)
switch arguments[1] {
case "keys": try KeyReplay(workbench: workbench).run()
case "reports": try ReportTiming(workbench: workbench).run()
case "saves": try SaveReplay(workbench: workbench).run()
default:
  print("unknown figure \(arguments[1])")
  exit(2)
}
