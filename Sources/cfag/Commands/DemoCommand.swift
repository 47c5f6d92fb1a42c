import ArgumentParser
import CFAGDomain
import CFAGStore

/// `cfag demo`: fills an empty database with synthetic practice for a first look, screenshots and
/// benchmarks.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Fill an empty database with realistic synthetic audits, returns and actions.",
    discussion: """
      Every case reference is fake (MC- and six digits) and every person is a role title; the \
      agencies are the partnership's own list. The same --seed and CFAG_TODAY give the same data. \
      --years 1 makes a handful of audits, one at each stage; --years 10 makes about 200 audits \
      with ten years of returns and tracker actions, for benchmarks (a few minutes).
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "How many years of practice to make, up to today (1 to 50).") var years = 1
  @Option(help: "The seed for every random choice.") var seed: UInt64 = 2019
  @Flag(help: "Add demo data even though the database already has audits.") var force = false

  func run() throws {
    let env = try AppEnvironment(global)
    let themes = env.themeLibrary().themes
    guard !themes.isEmpty else {
      throw CLIError("no themes found for the demo (see `cfag themes list`; give --themes DIR)")
    }
    let workbench = try env.workbench()
    let progress = TerminalProgress.start("demo")
    defer { progress.line?.finish() }
    let summary = try DemoData.load(
      into: workbench, themes: themes, years: years, seed: seed, force: force, progress: progress.reporter)
    progress.line?.finish()
    if global.json { return JSONOutput.print(summary) }
    Output.done(
      "demo data loaded: \(summary.audits) audits, \(summary.cases) cases, \(summary.returns) agency returns, "
        + "\(summary.actions) actions with \(summary.progressNotes) progress notes")
  }
}
