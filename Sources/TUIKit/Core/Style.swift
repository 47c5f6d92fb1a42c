/// A colour from the small palette every terminal supports; `.default` keeps the terminal's own.
public enum Color: Int, CaseIterable, Hashable, Sendable {
  case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var bold: Bool
  public var dim: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: Color = .default, background: Color = .default, bold: Bool = false,
    dim: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// The terminal's default look.
  public static let plain = Style()

  public func foreground(_ color: Color) -> Style { with { $0.foreground = color } }
  public func background(_ color: Color) -> Style { with { $0.background = color } }
  public func bolded() -> Style { with { $0.bold = true } }
  public func dimmed() -> Style { with { $0.dim = true } }
  public func reversed() -> Style { with { $0.reverse = true } }
  public func underlined() -> Style { with { $0.underline = true } }

  private func with(_ change: (inout Style) -> Void) -> Style {
    var copy = self
    change(&copy)
    return copy
  }
}

extension Style: CustomStringConvertible {
  /// A compact description such as `fg:red bg:blue bold`, or `plain`.
  public var description: String {
    var parts: [String] = []
    if foreground != .default { parts.append("fg:\(foreground)") }
    if background != .default { parts.append("bg:\(background)") }
    if bold { parts.append("bold") }
    if dim { parts.append("dim") }
    if reverse { parts.append("reverse") }
    if underline { parts.append("underline") }
    return parts.isEmpty ? "plain" : parts.joined(separator: " ")
  }
}
