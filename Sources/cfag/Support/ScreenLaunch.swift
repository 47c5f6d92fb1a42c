/// The command lines that open the workbench screens and nothing else: `cfag`, with any of `--db`,
/// `--themes`, `--as` (each once, as `--db FILE` or `--db=FILE`) and `--no-color`. They are read
/// here without ArgumentParser, whose reflection over every command was a quarter of the time to
/// the first frame (BENCHMARKS.md, P1). Anything else, including every mistake, is left to
/// ArgumentParser, which reads these forms to the same values (a test compares the two).
struct ScreenLaunch: Equatable {
  var settings = GlobalSettings()
  var noColor = false

  /// The launch these arguments (without the program's name) ask for, or nil for any other form.
  init?(arguments: [String]) {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      if argument == "--no-color" {
        guard !noColor else { return nil }
        noColor = true
        continue
      }
      guard argument.hasPrefix("--") else { return nil }
      let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let value = parts.count == 2 ? String(parts[1]) : rest.popFirst()
      guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
      switch parts[0] {
      case "--db" where settings.db == nil: settings.db = value
      case "--themes" where settings.themes == nil: settings.themes = value
      case "--as" where settings.actor == nil: settings.actor = value
      default: return nil
      }
    }
  }
}
