import CCurses

/// What the terminfo database says about a terminal type, without opening the screen.
public struct TerminalProbe: Sendable, Equatable {
  /// Whether terminfo knows the type.
  public var known: Bool
  /// Colours it can show (0 or less: none).
  public var colours: Int
  /// Whether it can move the cursor anywhere (`cup`): needed to draw the screens.
  public var cursorAddressing: Bool

  public init(known: Bool, colours: Int, cursorAddressing: Bool) {
    self.known = known
    self.colours = colours
    self.cursorAddressing = cursorAddressing
  }

  /// Looks `term` up in the terminfo database.
  public static func probe(term: String) -> TerminalProbe {
    var colours: Int32 = 0
    var addressable: Int32 = 0
    let known = cfag_terminfo_probe(term, &colours, &addressable) == 1
    return TerminalProbe(known: known, colours: known ? Int(colours) : 0, cursorAddressing: addressable == 1)
  }
}
