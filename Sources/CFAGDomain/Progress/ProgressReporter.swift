/// How far a long piece of work has got: what it is doing, and how many of how many steps are done.
public struct ProgressUpdate: Hashable, Sendable {
  /// What is being done, in words for people ("checking the change log").
  public var task: String
  public var done: Int
  /// Nil when the amount of work is not known.
  public var total: Int?

  public init(task: String, done: Int, total: Int?) {
    self.task = task
    self.done = done
    self.total = total
  }
}

/// Where long operations report their progress. The executable shows it on a terminal; tests and
/// scripts pass `.silent`. Reports may come often: a reporter decides how often to draw.
public struct ProgressReporter: Sendable {
  private let report: @Sendable (ProgressUpdate) -> Void

  public init(_ report: @escaping @Sendable (ProgressUpdate) -> Void) { self.report = report }

  /// Reports nothing.
  public static let silent = ProgressReporter { _ in }

  public func callAsFunction(_ task: String, done: Int, of total: Int?) {
    report(ProgressUpdate(task: task, done: done, total: total))
  }
}
