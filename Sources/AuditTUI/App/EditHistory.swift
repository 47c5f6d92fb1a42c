/// The session's undo and redo stacks. Undoing applies the reverse edit through the workbench (so
/// it is saved and logged like any other change); nothing is rewritten behind the log's back.
public struct EditHistory: Sendable {
  public private(set) var done: [UndoStep] = []
  public private(set) var undone: [UndoStep] = []

  public init() {}

  /// Records a saved edit according to where it came from.
  mutating func record(_ step: UndoStep?, origin: EditOrigin) {
    switch origin {
    case .user:
      guard let step else { return }
      done.append(step)
      undone.removeAll()
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
