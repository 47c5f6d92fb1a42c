import TUIKit

/// `/` search in a list: what is typed filters the list at once; Enter keeps the filter, Esc
/// clears it.
public struct SearchOverlay {
  public var field: TextFieldState
  public var onChange: @Sendable (String) -> AppMessage

  public init(query: String, onChange: @escaping @Sendable (String) -> AppMessage) {
    self.field = TextFieldState(query)
    self.onChange = onChange
  }
}
