import CFAGDomain

/// What checking one theme file found: the theme when it has no errors, and every diagnostic.
public struct ThemeParseResult: Sendable {
  /// The theme, or nil when any diagnostic is an error.
  public var theme: Theme?
  /// Errors and warnings in line order.
  public var diagnostics: [ThemeDiagnostic]

  public init(theme: Theme?, diagnostics: [ThemeDiagnostic]) {
    self.theme = theme
    self.diagnostics = diagnostics
  }

  public var errors: [ThemeDiagnostic] { diagnostics.filter(\.isError) }
  public var warnings: [ThemeDiagnostic] { diagnostics.filter { !$0.isError } }
  public var isValid: Bool { theme != nil }
}
