/// The session's undo and redo stacks. Undoing applies the reverse edit through the workbench (so
/// it is saved and logged like any other change); nothing is rewritten behind the log's back.
///
/// Some edits have no reverse (a case's first grade, an escalation, creating an audit): they end
/// the history, so `u` never reaches past them to undo something older by surprise.
public struct EditHistory: Sendable {
  public private(set) var done: [UndoStep] = []
  public private(set) var undone: [UndoStep] = []
  /// The last edit that cannot be undone, when nothing undoable came after it.
  public private(set) var barrier: String?

  public init() {}

  /// Records a saved edit according to where it came from.
  mutating func record(_ step: UndoStep?, label: String, origin: EditOrigin) {
    switch origin {
    case .user:
      undone.removeAll()
      if let step {
        done.append(step)
        barrier = nil
      } else {
        done.removeAll()
        barrier = label
      }
    case .undo:
      if let step { undone.append(step) }
    case .redo:
      if let step { done.append(step) }
    }
  }

  /// Takes the step to undo off the stack.
  mutating func popUndo() -> UndoStep? { done.popLast() }

  /// Takes the step to redo off the stack.
  mutating func popRedo() -> UndoStep? { undone.popLast() }
}
