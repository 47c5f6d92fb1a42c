/// An in-memory terminal for tests: queue keys, resize, and read the screen back as text.
public final class HeadlessTerminal: Terminal {
  public private(set) var size: Size
  /// What is on the screen now.
  public private(set) var screen: Buffer
  public private(set) var cursor: Position?
  /// Cells written by the last `present`, and in total.
  public private(set) var lastCellsWritten = 0
  public private(set) var totalCellsWritten = 0
  public private(set) var isSuspended = false
  private var keys: [Key] = []

  public init(size: Size = Size(width: 80, height: 24)) {
    self.size = size
    self.screen = Buffer(size: size)
  }

  /// The screen as plain text lines, trailing spaces trimmed.
  public var text: String { screen.text }

  /// Queues keys.
  public func press(_ keys: Key...) {
    self.keys += keys
  }

  /// Queues keys by name (`"ctrl-r"`, `"enter"`, `"?"`); unknown names queue `.unknown`.
  public func press(named names: String...) {
    keys += names.map { Key($0) ?? .unknown }
  }

  /// Queues each character of `text` as a key press.
  public func type(_ text: String) {
    keys += text.map { Key.character($0) }
  }

  /// Changes the size and queues `.resize`, as a terminal would on SIGWINCH.
  public func resize(to size: Size) {
    self.size = size
    keys.append(.resize)
  }

  public func present(_ changes: [CellRun], cursor: Position?, clear: Bool) throws {
    if clear || screen.size != size { screen = Buffer(size: size) }
    var written = 0
    for run in changes {
      for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
        screen.setCell(cell, x: run.x + offset, y: run.y)
        written += 1
      }
    }
    self.cursor = cursor
    lastCellsWritten = written
    totalCellsWritten += written
  }

  public func readKey(timeoutMilliseconds: Int) throws -> Key? {
    keys.isEmpty ? nil : keys.removeFirst()
  }

  public func suspend() { isSuspended = true }
  public func resume() { isSuspended = false }
}
