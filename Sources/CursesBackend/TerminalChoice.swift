/// Which terminal type the screens open with, decided in one place for the workbench and for
/// `cfag doctor`. A type the terminfo database lacks (kitty, alacritty, wezterm over SSH) falls
/// back to `xterm-256color`, which they all understand; a terminal that cannot move the cursor
/// (`TERM=dumb`) cannot show the screens at all.
public enum TerminalChoice: Equatable, Sendable {
  /// The type is known and can draw the screens.
  case open(term: String, TerminalProbe)
  /// `term` is not in the terminfo database: the screens use `to` instead.
  case fallback(term: String, to: String, TerminalProbe)
  /// `TERM` is not set.
  case unset
  /// The type cannot move the cursor (`dumb`, a printing terminal).
  case noCursorAddressing(term: String)
  /// Neither the type nor the fallback is in the terminfo database.
  case unknown(term: String)

  /// What a type missing from terminfo falls back to.
  public static let fallbackType = "xterm-256color"

  /// Decides for `term`, looking types up with `lookup` (terminfo, or a test's table).
  public static func decide(
    term: String?, lookup: (String) -> TerminalProbe = { TerminalProbe.probe(term: $0) }
  ) -> TerminalChoice {
    guard let term, !term.isEmpty else { return .unset }
    let probe = lookup(term)
    if probe.known {
      return probe.cursorAddressing ? .open(term: term, probe) : .noCursorAddressing(term: term)
    }
    let fallback = lookup(fallbackType)
    guard fallback.known, fallback.cursorAddressing else { return .unknown(term: term) }
    return .fallback(term: term, to: fallbackType, fallback)
  }

  /// The type to open, when the screens can be drawn.
  public var type: String? {
    switch self {
    case .open(let term, _): term
    case .fallback(_, let to, _): to
    case .unset, .noCursorAddressing, .unknown: nil
    }
  }

  /// What terminfo says about the type opened.
  public var probe: TerminalProbe? {
    switch self {
    case .open(_, let probe), .fallback(_, _, let probe): probe
    case .unset, .noCursorAddressing, .unknown: nil
    }
  }

  /// The one-line notice a fallback is shown with.
  public var notice: String? {
    guard case .fallback(let term, let to, _) = self else { return nil }
    return "TERM=\(term) is unknown to terminfo here: using \(to)."
  }
}
